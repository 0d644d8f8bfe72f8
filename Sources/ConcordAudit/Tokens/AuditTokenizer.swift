import ConcordText

/// Cuts a document into the words and Han runs the audit matches against the glossary, with
/// ICU's word break iterator.
final class AuditTokenizer {
    private let breaker: WordBreaker
    private let keys: MatchKeyMaker

    init(language: Language) throws(ICUError) {
        breaker = try WordBreaker(locale: language == .chinese ? "zh" : language.code)
        keys = try MatchKeyMaker()
    }

    /// The words (letters and digits) and Han runs of `units`, in text order.
    func tokenize(_ units: [UInt16]) throws(ICUError) -> (words: [AuditWord], hanRuns: [HanRun]) {
        try tokenize(units, in: units.indices)
    }

    /// The words and Han runs of `units[range]`, with their offsets in `units`. A range that
    /// starts after a line break is read as the whole text would be read there.
    func tokenize(_ units: [UInt16], in range: Range<Int>) throws(ICUError) -> (words: [AuditWord], hanRuns: [HanRun]) {
        var words: [AuditWord] = []
        var runs: [HanRun] = []
        var previousEnd = 0
        var runStart: Int?
        var runEnd = 0
        try units.withUnsafeBufferPointer { (whole) throws(ICUError) in
            let buffer = UnsafeBufferPointer(rebasing: whole[range])
            var tokens: [(Range<Int>, Token.Kind)] = []
            try breaker.forEachToken(in: buffer) { range, kind in tokens.append((range, kind)) }
            for (position, (range, kind)) in tokens.enumerated() {
                if kind == .ideographic || (runStart != nil && range.lowerBound == runEnd && Self.isNameDot(buffer, range)) {
                    if runStart == nil || range.lowerBound != runEnd {
                        if let start = runStart { runs.append(HanRun(range: start..<runEnd, text: UTF16Text.string(UnsafeBufferPointer(rebasing: buffer[start..<runEnd])))) }
                        runStart = range.lowerBound
                        // A Latin word touching the Han characters belongs to the run too (`QQ钱包`).
                        if position > 0, tokens[position - 1].0.upperBound == range.lowerBound,
                           tokens[position - 1].1 == .letter || tokens[position - 1].1 == .number {
                            runStart = tokens[position - 1].0.lowerBound
                        }
                    }
                    runEnd = range.upperBound
                    continue
                }
                guard kind == .letter || kind == .number else { continue }
                let gapRange = previousEnd..<range.lowerBound
                previousEnd = range.upperBound
                var gap = Self.gap(buffer, gapRange, isFirst: words.isEmpty)
                if let previous = words.last, previous.surface.count == 1 || previous.surface.utf8.contains(0x2E), Self.isInitialDot(buffer, gapRange) { gap = (.space, false) }
                guard let word = word(buffer, range, gap: gap) else { continue }
                words.append(word)
            }
            if let start = runStart, runEnd > start { runs.append(HanRun(range: start..<runEnd, text: UTF16Text.string(UnsafeBufferPointer(rebasing: buffer[start..<runEnd])))) }
            runs = runs.map { run in
                var trimmed = run
                while let last = trimmed.text.unicodeScalars.last, Self.nameDots.contains(last) {
                    trimmed.text.unicodeScalars.removeLast()
                    trimmed.range = trimmed.range.lowerBound..<(trimmed.range.upperBound - 1)
                }
                return trimmed
            }
        }
        guard range.lowerBound > 0 else { return (words, runs) }
        let offset = range.lowerBound
        for index in words.indices { words[index].range = (words[index].range.lowerBound + offset)..<(words[index].range.upperBound + offset) }
        for index in runs.indices { runs[index].range = (runs[index].range.lowerBound + offset)..<(runs[index].range.upperBound + offset) }
        return (words, runs)
    }

    private static let nameDots: Set<Unicode.Scalar> = ["\u{00B7}", "\u{30FB}", "\u{2027}", "\u{FF65}"]

    private static func isNameDot(_ buffer: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Bool {
        range.count == 1 && nameDots.contains(Unicode.Scalar(buffer[range.lowerBound]) ?? " ")
    }

    private static func gap(_ buffer: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, isFirst: Bool) -> (AuditWord.Gap, sentenceStart: Bool) {
        if isFirst { return (.other, true) }
        if range.isEmpty { return (.none, false) }
        var hyphens = 0
        var other = false
        var sentenceEnd = false
        for unit in buffer[range] {
            switch unit {
            case 0x20, 0xA0, 0x202F, 0x2009: continue
            case 0x2D, 0x2010, 0x2011: hyphens += 1
            case 0x0A, 0x0D, 0x2E, 0x21, 0x3F, 0x3002, 0xFF01, 0xFF1F, 0x3A:
                sentenceEnd = true
                other = true
            default: other = true
            }
        }
        if other { return (.other, sentenceEnd) }
        return (hyphens == 1 ? .hyphen : hyphens == 0 ? .space : .other, false)
    }

    /// `.` and spaces after a one-letter word or an abbreviation: an initial (`Donald J. Trump`,
    /// `U.S. WeChat Users Alliance`), not a sentence end.
    private static func isInitialDot(_ buffer: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Bool {
        let units = buffer[range]
        return units.first == 0x2E && units.dropFirst().allSatisfy { $0 == 0x20 } && units.count >= 2
    }

    private static let elisions: Set<String> = ["jusqu", "lorsqu", "puisqu", "qu", "l", "d", "j", "m", "n", "s", "t", "c"]

    private func word(_ buffer: UnsafeBufferPointer<UInt16>, _ fullRange: Range<Int>, gap: (AuditWord.Gap, sentenceStart: Bool)) -> AuditWord? {
        var lower = fullRange.lowerBound, upper = fullRange.upperBound
        // ICU keeps a narrow no-break space (French `Pompeo ;`) inside the word; it is not part of the name.
        while upper > lower, Self.isSpaceInWord(buffer[upper - 1]) { upper -= 1 }
        while lower < upper, Self.isSpaceInWord(buffer[lower]) { lower += 1 }
        if let apostrophe = (lower..<min(upper, lower + 7)).first(where: { Self.isApostrophe(buffer[$0]) }),
           apostrophe + 1 < upper, !Self.isApostrophe(buffer[apostrophe + 1]),
           buffer[lower..<apostrophe].allSatisfy({ $0 < 0x80 }),
           Self.elisions.contains(String(decoding: buffer[lower..<apostrophe].map { UInt8(truncatingIfNeeded: $0 | 0x20) }, as: UTF8.self)) {
            lower = apostrophe + 1
        }
        if upper - lower > 2, buffer[upper - 1] | 0x20 == 0x73, Self.isApostrophe(buffer[upper - 2]) {
            upper -= 2
        } else if upper - lower > 1, Self.isApostrophe(buffer[upper - 1]) {
            upper -= 1
        }
        guard lower < upper else { return nil }
        let units = UnsafeBufferPointer(rebasing: buffer[lower..<upper])
        let surface = UTF16Text.string(units)
        if units.allSatisfy({ $0 < 0x80 }) {
            let key = Self.asciiKey(units)
            guard !key.isEmpty else { return nil }
            let first = units.first { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }
            return AuditWord(range: lower..<upper, surface: surface, key: key, isCapitalized: first.map { $0 <= 0x5A } ?? false,
                             hasMixedScripts: false, gapBefore: gap.0, isSentenceStart: gap.sentenceStart)
        }
        let key = (try? keys.key(surface)) ?? surface.lowercased()
        guard !key.isEmpty else { return nil }
        var latin = false
        var lookalike = false
        for scalar in surface.unicodeScalars where scalar.properties.isAlphabetic {
            switch Script(scalar) {
            case .latin: latin = true
            case .cyrillic, .greek: lookalike = true
            default: break
            }
        }
        let first = surface.unicodeScalars.first { $0.properties.isAlphabetic }
        return AuditWord(range: lower..<upper, surface: surface, key: key,
                         isCapitalized: first.map { $0.properties.isUppercase || $0.properties.generalCategory == .titlecaseLetter } ?? false,
                         hasMixedScripts: latin && lookalike, gapBefore: gap.0, isSentenceStart: gap.sentenceStart)
    }

    private static func isApostrophe(_ unit: UInt16) -> Bool { unit == 0x27 || unit == 0x2019 }
    private static func isSpaceInWord(_ unit: UInt16) -> Bool { unit == 0x202F || unit == 0x00A0 || unit == 0x2009 }

    /// The key of a plain ASCII word without ICU: lower case, letters and digits only.
    private static func asciiKey(_ units: UnsafeBufferPointer<UInt16>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(units.count)
        for unit in units {
            switch unit {
            case 0x41...0x5A: bytes.append(UInt8(unit) | 0x20)
            case 0x61...0x7A, 0x30...0x39: bytes.append(UInt8(unit))
            default: continue
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
