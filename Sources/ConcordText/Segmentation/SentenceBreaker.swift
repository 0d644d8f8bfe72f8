/// ICU's sentence boundaries for one language, with its abbreviation suppressions
/// (`en@ss=standard` keeps `Mr. Pompeo` together).
///
/// This is the raw ICU layer; ``Segmenter`` adds paragraphs, wrapped lines and the fixes
/// Concord needs on top. The corresponding ICU function is `ubrk_open(UBRK_SENTENCE, …)`.
public final class SentenceBreaker {
    public let locale: String
    private let iterator: BreakIterator

    /// - Parameter locale: an ICU locale such as `en@ss=standard`, `fr@ss=standard`, `zh`.
    public init(locale: String) throws(ICUError) {
        self.locale = locale
        iterator = try BreakIterator(.sentence, locale: locale)
    }

    public convenience init(language: Language) throws(ICUError) {
        try self.init(locale: language.sentenceLocale)
    }

    private init(locale: String, iterator: BreakIterator) {
        self.locale = locale
        self.iterator = iterator
    }

    /// An independent copy, for use on another thread. The corresponding ICU function is
    /// `ubrk_clone`.
    public func copy() throws(ICUError) -> SentenceBreaker {
        SentenceBreaker(locale: locale, iterator: try iterator.copy())
    }

    /// The UTF-16 offsets where sentences end, the last being `text.count`.
    ///
    /// - Complexity: O(*n*).
    public func boundaries(in text: UnsafeBufferPointer<UInt16>) throws(ICUError) -> [Int] {
        var result: [Int] = []
        try iterator.forEachBoundary(in: text) { boundary, _ in result.append(boundary) }
        return result
    }

    /// Calls `visit` with each boundary as ICU finds it, while the text around it is still in
    /// the cache.
    func forEachBoundary(in text: UnsafeBufferPointer<UInt16>, _ visit: (Int) -> Void) throws(ICUError) {
        try iterator.forEachBoundary(in: text) { boundary, _ in visit(boundary) }
    }

    /// The sentences of `text`, as ICU cuts them (white space kept).
    public func sentences(_ text: String) throws(ICUError) -> [String] {
        let units = Array(text.utf16)
        return try units.withUnsafeBufferPointer { (buffer) throws(ICUError) -> [String] in
            var start = 0
            return try boundaries(in: buffer).map { end in
                defer { start = end }
                return UTF16Text.string(UnsafeBufferPointer(rebasing: buffer[start..<end]))
            }
        }
    }
}
