import ConcordGlossary
import ConcordText

/// The bytes of a ``VariantIndex`` kept on disk by ``IndexCache``: the glossary and its
/// prepared terms as records, every lookup table, and the glossary's warnings. Reading one back
/// checks the file and looks at its tables where they lie; concepts and terms are decoded when
/// first used (``TermStore``).
///
/// A file names the Concord format and the ICU release that wrote it (skeletons and pinyin
/// come from ICU's data) and the key of the glossary files it was built from, and ends with
/// where its tables start and a checksum of everything before it. A file that does not match
/// is not read.
enum IndexFile {
    static let magic = Array("concord-variant-index".utf8)
    /// Raised whenever what is written changes, so that older files are rebuilt.
    static let formatVersion: UInt32 = 4
    /// Written in the host's byte order: tables are read as they lie in memory.
    private static let byteOrderMark: [UInt32] = [0x0102_0304]

    /// Writes the file for `index`, built from glossary files with key `key`, to `sink` in
    /// order, a chunk at a time.
    static func write(_ index: VariantIndex, warnings: [GlossaryProblem], key: UInt64, to sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        var checksum = ContentHash()
        var writer = ByteWriter { bytes in
            checksum.add(bytes)
            sink(bytes)
        }
        for byte in magic { writer.write(byte) }
        writer.write(table: byteOrderMark)
        writer.write(formatVersion)
        writer.write(ICUVersion.library)
        writer.write(key)

        let concepts = index.glossary.concepts, terms = index.store.allTerms
        let tags = Array(Set(concepts.flatMap { $0.terms.map(\.language.tag) })).sorted()
        let paths = Array(Set(concepts.flatMap { [$0.location?.path] + $0.terms.map(\.location?.path) }.compactMap { $0 }
            + warnings.compactMap(\.location?.path))).sorted()
        let tagNumbers = Dictionary(uniqueKeysWithValues: tags.enumerated().map { ($1, $0) })
        let pathNumbers = Dictionary(uniqueKeysWithValues: paths.enumerated().map { ($1, $0) })
        func write(_ location: SourceLocation?) {
            writer.write(Int32(location.map { pathNumbers[$0.path]! } ?? -1))
            writer.write(Int32(truncatingIfNeeded: location?.line ?? 0))
        }
        writer.write(tags)
        writer.write(paths)
        writer.write(UInt32(warnings.count))
        for warning in warnings {
            writer.write(warning.message)
            write(warning.location)
        }
        var conceptOffsets: [UInt64] = [], termOffsets: [UInt64] = []
        // Where each term of each concept is written, so an indexed term can be read alone.
        var termFieldOffsets: [[UInt64]] = []
        for concept in concepts {
            conceptOffsets.append(UInt64(writer.offset))
            writer.write(concept.id)
            writer.write(UInt8(ConceptType.allCases.firstIndex(of: concept.type)!))
            writer.write(concept.definition)
            write(concept.location)
            writer.write(UInt32(concept.terms.count))
            termFieldOffsets.append([])
            for term in concept.terms {
                termFieldOffsets[termFieldOffsets.count - 1].append(UInt64(writer.offset))
                writer.write(term.text)
                writer.write(UInt16(tagNumbers[term.language.tag]!))
                writer.write(UInt8(TermStatus.allCases.firstIndex(of: term.status)!))
                writer.write(term.isCaseSensitive)
                writer.write(term.source)
                writer.write(term.note)
                write(term.location)
            }
        }
        for term in terms {
            termOffsets.append(UInt64(writer.offset))
            writer.write(termFieldOffsets[term.conceptIndex][concepts[term.conceptIndex].terms.firstIndex(of: term.term)!])
            writer.write(UInt32(term.conceptIndex))
            writer.write(term.isName)
            writer.write(term.isHan)
            writer.write(term.wordKeys)
            writer.write(term.joinedKey)
            writer.write(term.soundKey)
            for capitalized in term.capitalizedWords { writer.write(capitalized) }
        }
        let tablesOffset = writer.offset
        writer.write(table: conceptOffsets)
        writer.write(table: termOffsets)
        index.columns.write(to: &writer)
        for postings in [index.byKey, index.byHanText, index.bySyllable, index.bySkeleton, index.bySound] {
            postings.write(to: &writer)
        }
        writer.write(table: index.firstWordKeys)
        index.nearMisses.write(to: &writer)
        writer.write(UInt32(index.maximumWords))
        writer.write(table: index.hanLengths.map { UInt32($0) })
        writer.write(UInt64(tablesOffset))
        writer.flush()
        withUnsafeBytes(of: checksum.value.littleEndian) { sink($0) }
    }

    /// The index and warnings in `storage`, or nil when the file was written for other
    /// glossary files (another key), by another format or ICU release, or on a host of the
    /// other byte order.
    ///
    /// - Throws: ``ByteReader/Damaged`` when the bytes are cut short, do not match their
    ///   checksum or make no sense; ``ICUError`` when the index's ICU services cannot be opened.
    static func read(_ storage: StorageBuffer, key: UInt64) throws -> (index: VariantIndex, warnings: [GlossaryProblem])? {
        var reader = ByteReader(storage)
        for byte in magic where try reader.read(UInt8.self) != byte { return nil }
        guard try Array(reader.readTable(of: UInt32.self)) == byteOrderMark, try reader.read(UInt32.self) == formatVersion,
              try reader.readString() == ICUVersion.library, try reader.read(UInt64.self) == key else { return nil }
        let count = storage.bytes.count
        guard count >= reader.offset + 16 else { throw ByteReader.Damaged() }
        var trailer = ByteReader(storage, from: count - 16)
        let tablesOffset = try trailer.read(UInt64.self, in: reader.offset..<(count - 16)), expected = try trailer.read(UInt64.self)
        var checksum = ContentHash()
        checksum.add(UnsafeRawBufferPointer(rebasing: storage.bytes[..<(count - 8)]))
        guard checksum.value == expected else { throw ByteReader.Damaged() }

        let tags = try reader.readStrings().map { text throws(ByteReader.Damaged) in
            guard let tag = LanguageTag(text) else { throw ByteReader.Damaged() }
            return tag
        }
        let paths = try reader.readStrings()
        var warnings: [GlossaryProblem] = []
        for _ in 0..<(try reader.read(UInt32.self, in: 0..<storage.bytes.count)) {
            let message = try reader.readString()
            warnings.append(GlossaryProblem(.warning, message, at: try Records.readLocation(&reader, paths: paths)))
        }
        var tables = ByteReader(storage, from: tablesOffset, to: count - 16)
        let conceptOffsets = try tables.readTable(of: UInt64.self), termOffsets = try tables.readTable(of: UInt64.self)
        let columns = try TermColumns(reading: &tables, termCount: termOffsets.count, conceptCount: conceptOffsets.count)
        let records = Records(storage: storage, tags: tags, paths: paths, conceptOffsets: conceptOffsets, termOffsets: termOffsets)
        let termLimit = Int32(termOffsets.count)
        let byKey = try HashedPostings(reading: &tables, idLimit: termLimit)
        let byHanText = try HashedPostings(reading: &tables, idLimit: termLimit)
        let bySyllable = try HashedPostings(reading: &tables, idLimit: termLimit)
        let bySkeleton = try HashedPostings(reading: &tables, idLimit: termLimit)
        let bySound = try HashedPostings(reading: &tables, idLimit: termLimit)
        let firstWordKeys = try tables.readTable(of: UInt64.self)
        let nearMisses = try DeletionNeighbourhood(reading: &tables, valueLimit: termLimit << 4)
        let maximumWords = try tables.read(UInt32.self, in: 1..<11)
        let hanLengths = try tables.readTable(of: UInt32.self).map { Int($0) }
        guard tables.isAtEnd else { throw ByteReader.Damaged() }
        let index = VariantIndex(store: TermStore(records: records), columns: columns, byKey: byKey, firstWordKeys: firstWordKeys,
                                 byHanText: byHanText, bySyllable: bySyllable, bySkeleton: bySkeleton, bySound: bySound,
                                 nearMisses: nearMisses, maximumWords: maximumWords, hanLengths: hanLengths,
                                 pinyin: PinyinReader(), skeletons: try ConfusableSkeleton())
        return (index, warnings)
    }
}

extension IndexFile {
    /// The concept and term records of a file whose checksum matched, decoded one at a time.
    struct Records: @unchecked Sendable {
        let storage: StorageBuffer
        let tags: [LanguageTag]
        let paths: [String]
        let conceptOffsets: FlatArray<UInt64>
        let termOffsets: FlatArray<UInt64>

        var conceptCount: Int { conceptOffsets.count }
        var termCount: Int { termOffsets.count }

        static func readLocation(_ reader: inout ByteReader, paths: [String]) throws(ByteReader.Damaged) -> SourceLocation? {
            let path = try reader.read(Int32.self, in: -1..<paths.count), line = Int(try reader.read(Int32.self))
            return path < 0 ? nil : SourceLocation(path: paths[path], line: line)
        }

        // The bytes are those `IndexFile.write` wrote (their checksum matched, and they are a
        // copy that no other program can change), so decoding a record cannot fail.

        func concept(_ index: Int) -> Concept {
            try! decodeConcept(at: Int(conceptOffsets[index]))
        }

        func term(_ id: Int) -> IndexedTerm {
            try! decodeTerm(at: Int(termOffsets[id]))
        }

        private func decodeConcept(at offset: Int) throws(ByteReader.Damaged) -> Concept {
            var reader = ByteReader(storage, from: offset)
            let id = try reader.readString()
            let type = ConceptType.allCases[try reader.read(UInt8.self, in: 0..<ConceptType.allCases.count)]
            let definition = try reader.readString()
            let location = try Self.readLocation(&reader, paths: paths)
            let termCount = try reader.read(UInt32.self, in: 0..<storage.bytes.count)
            var terms: [Term] = []
            terms.reserveCapacity(termCount)
            for _ in 0..<termCount { terms.append(try readTerm(&reader)) }
            return Concept(id: id, type: type, definition: definition, terms: terms, location: location)
        }

        private func readTerm(_ reader: inout ByteReader) throws(ByteReader.Damaged) -> Term {
            let text = try reader.readString()
            let language = tags[try reader.read(UInt16.self, in: 0..<tags.count)]
            let status = TermStatus.allCases[try reader.read(UInt8.self, in: 0..<TermStatus.allCases.count)]
            let isCaseSensitive = try reader.readFlag()
            let source = try reader.readString(), note = try reader.readString()
            return Term(text, language: language, status: status, isCaseSensitive: isCaseSensitive,
                        source: source, note: note, location: try Self.readLocation(&reader, paths: paths))
        }

        private func decodeTerm(at offset: Int) throws(ByteReader.Damaged) -> IndexedTerm {
            var reader = ByteReader(storage, from: offset)
            var termReader = ByteReader(storage, from: try reader.read(UInt64.self, in: 0..<storage.bytes.count))
            let term = try readTerm(&termReader)
            let conceptIndex = try reader.read(UInt32.self, in: 0..<conceptCount)
            let isName = try reader.readFlag(), isHan = try reader.readFlag()
            let wordKeys = try reader.readStrings()
            let joinedKey = try reader.readString(), soundKey = try reader.readString()
            var capitalizedWords: [Bool] = []
            capitalizedWords.reserveCapacity(wordKeys.count)
            for _ in wordKeys { capitalizedWords.append(try reader.readFlag()) }
            return IndexedTerm(conceptIndex: conceptIndex, term: term, wordKeys: wordKeys, joinedKey: joinedKey,
                               letters: Array(joinedKey.unicodeScalars), soundKey: soundKey, capitalizedWords: capitalizedWords,
                               isHan: isHan, isName: isName)
        }
    }
}
