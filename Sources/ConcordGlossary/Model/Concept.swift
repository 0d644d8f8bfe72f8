/// A thing the glossary names — a person, a company, a law — with its terms in each language.
public struct Concept: Sendable, Hashable, Identifiable {
    /// A stable identifier (`mike-pompeo`): letters, digits, `-`, `_` and `.`, starting with a letter.
    public var id: String
    public var type: ConceptType
    public var definition: String
    /// Terms in the order the glossary gives them.
    public var terms: [Term]
    public var location: SourceLocation?

    public init(id: String, type: ConceptType, definition: String = "", terms: [Term] = [], location: SourceLocation? = nil) {
        self.id = id
        self.type = type
        self.definition = definition
        self.terms = terms
        self.location = location
    }

    /// The languages the concept has terms in, in tag order.
    public var languages: [LanguageTag] { Set(terms.map(\.language)).sorted() }

    /// The terms in one language, in glossary order.
    public func terms(in language: LanguageTag) -> [Term] { terms.filter { $0.language == language } }

    /// The form to write in a language: the preferred term, else the first admitted one.
    public func preferredTerm(in language: LanguageTag) -> Term? {
        let candidates = terms(in: language)
        return candidates.first { $0.status == .preferred } ?? candidates.first { $0.status == .admitted }
    }

    /// A short label for messages: the English preferred term, else any preferred term, else the id.
    public var label: String {
        preferredTerm(in: LanguageTag(.english))?.text ?? terms.first { $0.status == .preferred }?.text ?? id
    }

    /// `true` when `id` is usable as an identifier in every export format (an XML name).
    public static func isValidIdentifier(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII else { return false }
        return id.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)) }
    }
}
