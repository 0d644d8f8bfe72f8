import CICUShim

/// A document language, as an ISO 639-1 code. English, French and Chinese are Concord's own
/// languages, with tuned segmentation and number reading; any other language ICU knows
/// (`de`, `es`, …) is accepted and handled with ICU's defaults for it.
public struct Language: Sendable, Hashable, Codable, CustomStringConvertible {
    public let code: String

    public static let english = Language(verified: "en")
    public static let french = Language(verified: "fr")
    public static let chinese = Language(verified: "zh")

    /// Concord's own languages.
    public static let supported: [Language] = [.english, .french, .chinese]

    private init(verified code: String) { self.code = code }

    /// The language with this code (`en`, `FR`, `zh-Hans`, `zh_CN`, …), or nil when the code
    /// is not a language ICU knows. A region or script after the language is accepted and
    /// dropped, except that Traditional Chinese (`zh-Hant`, `zh-TW`) stays Chinese.
    public init?(code: String) {
        let primary = code.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init)?.lowercased() ?? ""
        guard (2...3).contains(primary.count), primary.allSatisfy({ $0.isASCII && $0.isLetter }),
              icushim_is_known_language(primary) != 0 else { return nil }
        self.code = primary
    }

    /// `true` for English, French and Chinese.
    public var isSupported: Bool { Self.supported.contains(self) }

    /// The ICU locale for sentence breaking, with the abbreviation suppressions where ICU has
    /// them (`Mr.`, `M.`, `U.S.` do not end a sentence).
    public var sentenceLocale: String {
        switch code {
        case "en", "fr", "de", "es", "it", "pt", "ru": return "\(code)@ss=standard"
        default: return code
        }
    }

    /// `true` for languages written without spaces between words.
    public var isUnspaced: Bool {
        switch code {
        case "zh", "ja", "th", "lo", "km", "my": return true
        default: return false
        }
    }

    /// The English name of the language, for messages.
    public var name: String {
        switch code {
        case "en": return "English"
        case "fr": return "French"
        case "zh": return "Chinese"
        default: return code
        }
    }

    public var description: String { code }
}
