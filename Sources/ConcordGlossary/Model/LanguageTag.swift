import ConcordText

/// The language of a term as a BCP 47 tag: a language, and for Chinese the script when it
/// matters (`zh` is Simplified, `zh-Hant` Traditional). Regions (`fr-CA`) are kept as written.
public struct LanguageTag: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The normalized tag: `en`, `fr`, `zh`, `zh-Hant`, `fr-CA`.
    public let tag: String
    /// The language, without script or region.
    public let language: Language

    /// The tag for a whole language.
    public init(_ language: Language) {
        self.language = language
        self.tag = language.code
    }

    /// Parses `en`, `FR`, `zh-Hant`, `zh_hant`, `zh-Hans` (the same as `zh`), `fr-CA`; nil when
    /// the language is unknown to ICU or a subtag is malformed.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "_", omittingEmptySubsequences: false) }.map(String.init)
        guard let first = parts.first, let language = Language(code: first), first.count <= 3 else { return nil }
        var subtags = [language.code]
        for part in parts.dropFirst() {
            guard part.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
            switch part.count {
            case 4 where part.allSatisfy(\.isLetter): subtags.append(part.prefix(1).uppercased() + part.dropFirst().lowercased())
            case 2 where part.allSatisfy(\.isLetter), 3 where part.allSatisfy(\.isNumber): subtags.append(part.uppercased())
            default: return nil
            }
        }
        if language == .chinese, subtags.count > 1, subtags[1] == "Hans" { subtags.remove(at: 1) }
        self.language = language
        self.tag = subtags.joined(separator: "-")
    }

    /// `true` for Traditional Chinese (`zh-Hant`, and `zh-TW`, `zh-HK`, `zh-MO` without a script).
    public var isTraditionalChinese: Bool {
        guard language == .chinese else { return false }
        return tag.contains("-Hant") || ["zh-TW", "zh-HK", "zh-MO"].contains(tag)
    }

    /// The ICU locale for collation and break iteration.
    public var locale: String { tag }

    public static func < (a: LanguageTag, b: LanguageTag) -> Bool { a.tag < b.tag }
    public var description: String { tag }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let tag = LanguageTag(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown language '\(text)'"))
        }
        self = tag
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(tag)
    }
}
