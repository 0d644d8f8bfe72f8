import ConcordText

/// One article of a comparable set: its name, language and segments' texts.
public struct ComparableDocument: Sendable {
    public let name: String
    public let language: Language
    public let segments: [String]

    public init(name: String, language: Language, segments: [String]) {
        self.name = name
        self.language = language
        self.segments = segments
    }
}
