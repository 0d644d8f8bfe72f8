import ConcordGlossary

/// What the audit reads about each candidate term, in flat columns by term id: its letters,
/// which of its words are capitalized, its word count, the hash of its sound key, its concept,
/// its status and text. Near misses are measured from these alone, and a form written exactly
/// as an acceptable term is recognised from them; a term is decoded whole (``TermStore``) only
/// when a finding needs it: a document's words meet a good part of a large glossary's terms,
/// and decoding each one took longer than the whole audit.
struct TermColumns: Sendable {
    /// The letters of term *t* are `letters[letterStarts[t]..<letterStarts[t + 1]]`.
    private let letterStarts: FlatArray<UInt32>
    private let letters: FlatArray<Unicode.Scalar>
    /// Bit *w* is set when word *w* is capitalized (words past the 32nd count as not).
    private let capitalMasks: FlatArray<UInt32>
    private let wordCounts: FlatArray<UInt16>
    /// ``PhoneticKey`` hashes of the sound keys specific enough to compare; 0 for the others.
    private let soundHashes: FlatArray<UInt64>
    private let conceptIndexes: FlatArray<UInt32>
    /// Bits 0–1: the status (``TermStatus/allCases`` index); bit 2: a name.
    private let flags: FlatArray<UInt8>
    /// The UTF-8 text of term *t* is `texts[textStarts[t]..<textStarts[t + 1]]`.
    private let textStarts: FlatArray<UInt32>
    private let texts: FlatArray<UInt8>

    init(_ terms: [IndexedTerm]) {
        var starts: [UInt32] = [0], letters: [Unicode.Scalar] = []
        for term in terms {
            letters += term.letters
            starts.append(UInt32(letters.count))
        }
        letterStarts = FlatArray(starts)
        self.letters = FlatArray(letters)
        capitalMasks = FlatArray(terms.map { term in
            term.capitalizedWords.prefix(32).enumerated().reduce(UInt32(0)) { mask, word in word.element ? mask | 1 << word.offset : mask }
        })
        wordCounts = FlatArray(terms.map { UInt16(min($0.wordCount, Int(UInt16.max))) })
        soundHashes = FlatArray(terms.map { term in
            !term.isHan && PhoneticKey.isSpecific(term.soundKey, letters: term.letters.count) ? Self.soundHash(term.soundKey) : 0
        })
        conceptIndexes = FlatArray(terms.map { UInt32($0.conceptIndex) })
        flags = FlatArray(terms.map { term in UInt8(TermStatus.allCases.firstIndex(of: term.term.status)!) | (term.isName ? 4 : 0) })
        var textStarts: [UInt32] = [0], texts: [UInt8] = []
        for term in terms {
            texts += term.term.text.utf8
            textStarts.append(UInt32(texts.count))
        }
        self.textStarts = FlatArray(textStarts)
        self.texts = FlatArray(texts)
    }

    /// A nonzero hash of a sound key.
    static func soundHash(_ soundKey: String) -> UInt64 { max(HashedPostings.hash(soundKey), 1) }

    func write(to writer: inout ByteWriter) {
        writer.write(table: letterStarts)
        writer.write(table: letters)
        writer.write(table: capitalMasks)
        writer.write(table: wordCounts)
        writer.write(table: soundHashes)
        writer.write(table: conceptIndexes)
        writer.write(table: flags)
        writer.write(table: textStarts)
        writer.write(table: texts)
    }

    /// Columns read back, checked against the number of terms and concepts.
    init(reading reader: inout ByteReader, termCount: Int, conceptCount: Int) throws(ByteReader.Damaged) {
        letterStarts = try reader.readTable(of: UInt32.self)
        letters = try reader.readTable(of: Unicode.Scalar.self)
        capitalMasks = try reader.readTable(of: UInt32.self)
        wordCounts = try reader.readTable(of: UInt16.self)
        soundHashes = try reader.readTable(of: UInt64.self)
        conceptIndexes = try reader.readTable(of: UInt32.self)
        flags = try reader.readTable(of: UInt8.self)
        textStarts = try reader.readTable(of: UInt32.self)
        texts = try reader.readTable(of: UInt8.self)
        guard flags.count == termCount, flags.buffer.allSatisfy({ Int($0 & 3) < TermStatus.allCases.count }),
              textStarts.count == termCount + 1, textStarts.first == 0, textStarts.last == UInt32(texts.count),
              zip(textStarts.buffer, textStarts.buffer.dropFirst()).allSatisfy({ $0 <= $1 }), letterStarts.count == termCount + 1, letterStarts.first == 0, letterStarts.last == UInt32(letters.count),
              zip(letterStarts.buffer, letterStarts.buffer.dropFirst()).allSatisfy({ $0 <= $1 }),
              [capitalMasks.count, wordCounts.count, soundHashes.count, conceptIndexes.count].allSatisfy({ $0 == termCount }),
              conceptIndexes.buffer.allSatisfy({ $0 < conceptCount }) else { throw ByteReader.Damaged() }
    }

    /// The term's match key as letters; valid while the index lives.
    func letters(_ id: Int32) -> UnsafeBufferPointer<Unicode.Scalar> {
        UnsafeBufferPointer(rebasing: letters.buffer[Int(letterStarts[Int(id)])..<Int(letterStarts[Int(id) + 1])])
    }

    func letterCount(_ id: Int32) -> Int { Int(letterStarts[Int(id) + 1] - letterStarts[Int(id)]) }

    func isCapitalized(_ id: Int32, word: Int) -> Bool { word < 32 && capitalMasks[Int(id)] & 1 << word != 0 }

    func wordCount(_ id: Int32) -> Int { Int(wordCounts[Int(id)]) }

    func soundHash(_ id: Int32) -> UInt64 { soundHashes[Int(id)] }

    func conceptIndex(_ id: Int32) -> Int { Int(conceptIndexes[Int(id)]) }

    func status(_ id: Int32) -> TermStatus { TermStatus.allCases[Int(flags[Int(id)] & 3)] }

    func isName(_ id: Int32) -> Bool { flags[Int(id)] & 4 != 0 }

    /// `true` when `text` is the term's text, byte for byte.
    func isWritten(_ id: Int32, as text: String) -> Bool {
        texts[Int(textStarts[Int(id)])..<Int(textStarts[Int(id) + 1])].elementsEqual(text.utf8)
    }
}
