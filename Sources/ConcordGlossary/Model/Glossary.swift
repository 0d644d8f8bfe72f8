/// A set of concepts, read from one or more glossary files.
public struct Glossary: Sendable, Hashable {
    public var concepts: [Concept]

    public init(concepts: [Concept] = []) { self.concepts = concepts }

    /// All terms with their concept, in glossary order.
    public var terms: some Sequence<(concept: Concept, term: Term)> {
        concepts.lazy.flatMap { concept in concept.terms.lazy.map { (concept, $0) } }
    }

    /// Every language any term is in, in tag order.
    public var languages: [LanguageTag] { Set(concepts.flatMap { $0.terms.map(\.language) }).sorted() }

    /// The concept with this identifier.
    public func concept(id: String) -> Concept? { concepts.first { $0.id == id } }

    /// The glossary restricted to some languages; concepts left with no term are dropped.
    public func restricted(to languages: Set<LanguageTag>) -> Glossary {
        Glossary(concepts: concepts.compactMap { concept in
            var kept = concept
            kept.terms = concept.terms.filter { languages.contains($0.language) }
            return kept.terms.isEmpty ? nil : kept
        })
    }
}
