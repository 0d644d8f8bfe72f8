/// Turns ICU's sentence boundaries into trimmed sentence ranges, repairing the cases where
/// ICU's rules cut against news typography (see ``Segmenter``).
struct SentenceCutter: Sendable {
    let language: Language
    /// `language.isUnspaced`, which compares strings, asked once.
    private let isUnspaced: Bool
    private let abbreviations: Set<UInt64>

    init(language: Language) {
        self.language = language
        isUnspaced = language.isUnspaced
        abbreviations = Abbreviations.packedWords(for: language)
    }

    /// The trimmed sentences of `range`, which starts at the start of a line.
    func pieces(_ text: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, layout: LineLayout,
                breaker: SentenceBreaker) throws(ICUError) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        // Sentences run to a few dozen code units; reserving spares regrowing a large array.
        pieces.reserveCapacity(range.count / 32)
        var start = range.lowerBound
        var hardBreaks = LineLayout.HardBreakCursor(layout, from: range.lowerBound)
        try layout.withSoftLineEndsAsSpaces(text, range) { (joined) throws(ICUError) in
            try breaker.forEachBoundary(in: joined) { chunkEnd in
                let end = range.lowerBound + chunkEnd
                let piece = trimmed(text, start..<end)
                start = end
                guard !piece.isEmpty else { return }
                guard let previous = pieces.last, !hardBreaks.hasHardBreak(in: previous.upperBound..<piece.lowerBound) else {
                    pieces.append(piece)
                    return
                }
                switch repair(previous: previous, next: piece, in: text) {
                case .keep:
                    pieces.append(piece)
                case .merge:
                    pieces[pieces.count - 1] = previous.lowerBound..<piece.upperBound
                case .moveBoundary(let boundary):
                    pieces[pieces.count - 1] = previous.lowerBound..<boundary
                    let rest = trimmed(text, boundary..<piece.upperBound)
                    if !rest.isEmpty {
                        if continuesSentence(rest, in: text) {
                            pieces[pieces.count - 1] = previous.lowerBound..<rest.upperBound
                        } else {
                            pieces.append(rest)
                        }
                    }
                }
            }
        }
        return pieces
    }

    private enum Repair {
        case keep, merge
        case moveBoundary(Int)
    }

    private func repair(previous: Range<Int>, next: Range<Int>, in text: UnsafeBufferPointer<UInt16>) -> Repair {
        var openersStart = previous.upperBound
        while openersStart > previous.lowerBound, Punctuation.isOpening(text[openersStart - 1]) { openersStart -= 1 }
        if openersStart < previous.upperBound, openersStart > previous.lowerBound { return .moveBoundary(openersStart) }
        var closersEnd = next.lowerBound
        while closersEnd < next.upperBound, Punctuation.isClosing(text[closersEnd]) { closersEnd += 1 }
        if closersEnd > next.lowerBound { return .moveBoundary(closersEnd) }
        if endsWithQuestionOrExclamation(previous, in: text), continuesSentence(next, in: text) { return .merge }
        if let word = lastWord(of: previous, in: text),
           Abbreviations.isNonFinal(UnsafeBufferPointer(rebasing: text[word]), language: language,
                                    packedWords: abbreviations, before: { firstWord(of: next, in: text) }) {
            return .merge
        }
        return .keep
    }

    /// A piece that starts with a lower-case letter continues the sentence before it
    /// (Latin-script languages only; Chinese has no case).
    private func continuesSentence(_ piece: Range<Int>, in text: UnsafeBufferPointer<UInt16>) -> Bool {
        guard !isUnspaced, let scalar = Unicode.Scalar(text[piece.lowerBound]) else { return false }
        return CharacterCategory(scalar) == .lowercaseLetter
    }

    private func endsWithQuestionOrExclamation(_ piece: Range<Int>, in text: UnsafeBufferPointer<UInt16>) -> Bool {
        var index = piece.upperBound - 1
        while index > piece.lowerBound, Punctuation.isClosing(text[index]) || Punctuation.isQuote(text[index])
            || Punctuation.isSpace(text[index]) {
            index -= 1
        }
        switch text[index] {
        case 0x3F, 0x21, 0xFF1F, 0xFF01: return true
        default: return false
        }
    }

    /// The last word of a piece including its final period (`Sept.`), or nil if the piece does
    /// not end in a period or its last word is too long to be an abbreviation.
    private func lastWord(of piece: Range<Int>, in text: UnsafeBufferPointer<UInt16>) -> Range<Int>? {
        guard text[piece.upperBound - 1] == 0x2E else { return nil }
        var start = piece.upperBound - 1
        while start > piece.lowerBound, !Punctuation.isSpace(text[start - 1]), text[start - 1] != 0x28 {
            start -= 1
            if piece.upperBound - start > Abbreviations.maximumLength { return nil }
        }
        return start..<piece.upperBound
    }

    private func firstWord(of piece: Range<Int>, in text: UnsafeBufferPointer<UInt16>) -> String {
        var end = piece.lowerBound
        while end < piece.upperBound, end - piece.lowerBound < 32, !Punctuation.isSpace(text[end]) { end += 1 }
        return UTF16Text.string(UnsafeBufferPointer(rebasing: text[piece.lowerBound..<end]))
    }

    func trimmed(_ text: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, Punctuation.isSpace(text[lower]) { lower += 1 }
        while upper > lower, Punctuation.isSpace(text[upper - 1]) { upper -= 1 }
        return lower..<upper
    }
}
