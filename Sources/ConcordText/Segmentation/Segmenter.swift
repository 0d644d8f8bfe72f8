/// Splits a document into sentences the way a translator counts them.
///
/// On top of ICU's sentence iterator (``SentenceBreaker``), it makes blank lines and short
/// lines (headlines, list items) hard boundaries, joins lines of hard-wrapped paragraphs, and
/// repairs the cases where ICU's rules cut against news typography:
/// - French closing guillemets after a space (`« C'est fini. »`) stay with their sentence, and
///   a Chinese opening quote after `。` (`。“`) goes with the next one;
/// - a quotation ending in `?` or `!` followed by a lower-case verb of saying
///   (`"Why?" he asked.`, `« Où ? » demanda-t-il.`) stays one sentence;
/// - abbreviations ICU does not list (`Sept. 20`, `Gen. Milley`) do not end a sentence.
public final class Segmenter {
    public let language: Language
    private let breaker: SentenceBreaker
    private let nfc: Normalizer

    public init(language: Language) throws(ICUError) {
        self.language = language
        breaker = try SentenceBreaker(language: language)
        nfc = try Normalizer(.nfc)
    }

    /// The sentences of `document`, in order.
    ///
    /// - Complexity: O(*n*) in the length of the document.
    public func segments(of document: TextDocument) throws(ICUError) -> [Segment] {
        let layout = LineLayout(document: document)
        let units = document.units
        let pieces: [Range<Int>]
        if layout.softLineEnds.isEmpty {
            pieces = try units.withUnsafeBufferPointer { (buffer) throws(ICUError) -> [Range<Int>] in
                try sentencePieces(buffer, layout: layout)
            }
        } else {
            var joined = units
            for range in layout.softLineEnds {
                for index in range { joined[index] = 0x20 }
            }
            pieces = try joined.withUnsafeBufferPointer { (buffer) throws(ICUError) -> [Range<Int>] in
                try sentencePieces(buffer, layout: layout)
            }
        }
        return try makeSegments(pieces, document: document, layout: layout)
    }

    /// One segment per line, as given (for `--presegmented` input): segment *i* is line *i*,
    /// blank lines included, so indices are line numbers.
    public func lineSegments(of document: TextDocument) throws(ICUError) -> [Segment] {
        let lines = document.lines
        guard !document.units.isEmpty else { return [] }
        let pieces = (0..<lines.count).map { line -> Range<Int> in
            document.units.withUnsafeBufferPointer { trimmed($0, lines.contentRange(ofLine: line)) }
        }
        return try makeSegments(pieces, document: document, layout: nil)
    }

    private func sentencePieces(_ text: UnsafeBufferPointer<UInt16>, layout: LineLayout) throws(ICUError) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = 0
        for end in try breaker.boundaries(in: text) {
            let piece = trimmed(text, start..<end)
            start = end
            guard !piece.isEmpty else { continue }
            guard let previous = pieces.last, !layout.hasHardBreak(in: previous.upperBound..<piece.lowerBound) else {
                pieces.append(piece)
                continue
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
           Abbreviations.isNonFinal(word, language: language, before: firstWord(of: next, in: text)) {
            return .merge
        }
        return .keep
    }

    /// A piece that starts with a lower-case letter continues the sentence before it
    /// (Latin-script languages only; Chinese has no case).
    private func continuesSentence(_ piece: Range<Int>, in text: UnsafeBufferPointer<UInt16>) -> Bool {
        guard !language.isUnspaced, let scalar = Unicode.Scalar(text[piece.lowerBound]) else { return false }
        return CharacterCategory(scalar) == .lowercaseLetter
    }

    private func endsWithQuestionOrExclamation(_ piece: Range<Int>, in text: UnsafeBufferPointer<UInt16>) -> Bool {
        var index = piece.upperBound - 1
        while index > piece.lowerBound, Punctuation.isClosing(text[index]) || Punctuation.isQuote(text[index])
            || Punctuation.isSpace(text[index]) {
            index -= 1
        }
        return [0x3F, 0x21, 0xFF1F, 0xFF01].contains(text[index])
    }

    /// The last word of a piece including its final period (`Sept.`), or nil if the piece does
    /// not end in a period.
    private func lastWord(of piece: Range<Int>, in text: UnsafeBufferPointer<UInt16>) -> String? {
        guard text[piece.upperBound - 1] == 0x2E else { return nil }
        var start = piece.upperBound - 1
        while start > piece.lowerBound, !Punctuation.isSpace(text[start - 1]), text[start - 1] != 0x28 {
            start -= 1
        }
        return UTF16Text.string(UnsafeBufferPointer(rebasing: text[start..<piece.upperBound]))
    }

    private func firstWord(of piece: Range<Int>, in text: UnsafeBufferPointer<UInt16>) -> String {
        var end = piece.lowerBound
        while end < piece.upperBound, end - piece.lowerBound < 32, !Punctuation.isSpace(text[end]) { end += 1 }
        return UTF16Text.string(UnsafeBufferPointer(rebasing: text[piece.lowerBound..<end]))
    }

    private func trimmed(_ text: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, Punctuation.isSpace(text[lower]) { lower += 1 }
        while upper > lower, Punctuation.isSpace(text[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    private func makeSegments(_ pieces: [Range<Int>], document: TextDocument, layout: LineLayout?) throws(ICUError) -> [Segment] {
        let mapper = document.positionMapper()
        let isNFC = document.units.withUnsafeBufferPointer { nfc.isNormalized($0) }
        var segments: [Segment] = []
        segments.reserveCapacity(pieces.count)
        try document.units.withUnsafeBufferPointer { (units) throws(ICUError) in
            for (index, range) in pieces.enumerated() {
                let start = mapper.position(at: range.lowerBound)
                let end = mapper.position(at: range.upperBound)
                let paragraph = layout?.paragraph(ofLine: start.line - 1) ?? start.line - 1
                segments.append(Segment(index: index, text: try oneLineText(units, range, isNFC: isNFC),
                                        range: range, start: start, end: end, paragraph: paragraph))
            }
        }
        return segments
    }

    /// The text of a range on one line, in NFC.
    private func oneLineText(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, isNFC: Bool) throws(ICUError) -> String {
        let slice = UnsafeBufferPointer(rebasing: units[range])
        let hasLineEnd = slice.contains { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        if !hasLineEnd && isNFC { return UTF16Text.string(slice) }
        var flattened: [UInt16] = []
        flattened.reserveCapacity(slice.count)
        var index = 0
        while index < slice.count {
            let unit = slice[index]
            guard unit == 0x0A || unit == 0x0D || unit == 0x09 || (Punctuation.isSpace(unit) && hasLineEnd) else {
                flattened.append(unit)
                index += 1
                continue
            }
            var runEnd = index
            var spansLine = false
            while runEnd < slice.count, Punctuation.isSpace(slice[runEnd]) {
                if slice[runEnd] == 0x0A || slice[runEnd] == 0x0D { spansLine = true }
                runEnd += 1
            }
            if !spansLine {
                // A tab or a space run on one line stays, a tab as one space.
                flattened.append(contentsOf: slice[index..<runEnd].map { $0 == 0x09 ? 0x20 : $0 })
            } else if !(index > 0 && runEnd < slice.count
                        && Punctuation.isWide(slice[index - 1]) && Punctuation.isWide(slice[runEnd])) {
                flattened.append(0x20)
            }
            index = runEnd
        }
        if isNFC { return UTF16Text.string(flattened) }
        let normalized = try flattened.withUnsafeBufferPointer { (buffer) throws(ICUError) -> [UInt16] in
            try nfc.normalize(buffer)
        }
        return UTF16Text.string(normalized)
    }
}
