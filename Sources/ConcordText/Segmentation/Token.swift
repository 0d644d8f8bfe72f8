/// A word-level token found by ICU's word break iterator.
public struct Token: Sendable, Hashable {
    /// What ICU's rule status says the token is.
    public enum Kind: String, Sendable, Codable {
        /// Letters (Latin, Cyrillic, …), including words with apostrophes like `aujourd'hui`.
        case letter
        /// Numbers, including `3.5` and `1,000`.
        case number
        /// Han (Chinese) words, found with ICU's dictionary.
        case ideographic
        /// Hiragana or katakana.
        case kana
        /// Punctuation and symbols (rule status "none"); white space is never a token.
        case punctuation

        init(ruleStatus: Int32) {
            switch ruleStatus {
            case 100..<200: self = .number
            case 200..<300: self = .letter
            case 300..<400: self = .kana
            case 400..<500: self = .ideographic
            default: self = .punctuation
            }
        }

        /// `true` for letters, ideographic words and kana.
        public var isWord: Bool { self == .letter || self == .ideographic || self == .kana }
    }

    public let kind: Kind
    /// UTF-16 offsets in the text that was tokenized.
    public let range: Range<Int>
    public let text: String

    public init(kind: Kind, range: Range<Int>, text: String) {
        self.kind = kind
        self.range = range
        self.text = text
    }
}
