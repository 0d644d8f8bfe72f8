/// One written form of a concept in one language.
public struct Term: Sendable, Hashable {
    public var text: String
    public var language: LanguageTag
    public var status: TermStatus
    /// `true` when a form that differs only in case or accents is an error (`iPhone`, `WeChat`).
    public var isCaseSensitive: Bool
    /// Where the form was seen or who recommends it (`seed 003`, `Le Monde`).
    public var source: String
    public var note: String
    /// Where the term was read; nil for terms built in code or imported from a format without lines.
    public var location: SourceLocation?

    public init(_ text: String, language: LanguageTag, status: TermStatus, isCaseSensitive: Bool = false,
                source: String = "", note: String = "", location: SourceLocation? = nil) {
        self.text = text
        self.language = language
        self.status = status
        self.isCaseSensitive = isCaseSensitive
        self.source = source
        self.note = note
        self.location = location
    }
}
