/// ICU's word tokenizer for one language: dictionary-based for Chinese (`我爱北京天安门` →
/// `我|爱|北京|天安门`), with each token's kind from ICU's rule status.
///
/// The corresponding ICU functions are `ubrk_open(UBRK_WORD, …)` and `ubrk_getRuleStatus`.
public final class WordBreaker {
    public let locale: String
    private let iterator: BreakIterator

    public init(locale: String) throws(ICUError) {
        self.locale = locale
        iterator = try BreakIterator(.word, locale: locale)
    }

    public convenience init(language: Language) throws(ICUError) {
        try self.init(locale: language.code)
    }

    /// Calls `visit` with each non-space token's range and kind, without making strings.
    ///
    /// - Complexity: O(*n*).
    public func forEachToken(in text: UnsafeBufferPointer<UInt16>,
                             _ visit: (Range<Int>, Token.Kind) -> Void) throws(ICUError) {
        var start = 0
        try iterator.forEachBoundary(in: text) { end, status in
            defer { start = end }
            let kind = Token.Kind(ruleStatus: status)
            if kind == .punctuation, text[start..<end].allSatisfy(Punctuation.isSpace) { return }
            visit(start..<end, kind)
        }
    }

    /// The tokens of `text`; white space is skipped, punctuation kept.
    public func tokens(in text: UnsafeBufferPointer<UInt16>) throws(ICUError) -> [Token] {
        var tokens: [Token] = []
        try forEachToken(in: text) { range, kind in
            tokens.append(Token(kind: kind, range: range,
                                text: UTF16Text.string(UnsafeBufferPointer(rebasing: text[range]))))
        }
        return tokens
    }

    /// The tokens of a string (offsets are UTF-16 offsets into it).
    public func tokens(_ text: String) throws(ICUError) -> [Token] {
        let units = Array(text.utf16)
        return try units.withUnsafeBufferPointer { (buffer) throws(ICUError) -> [Token] in
            try tokens(in: buffer)
        }
    }
}
