import ConcordGlossary

/// A glossary term prepared for matching.
struct IndexedTerm: Sendable {
    let conceptIndex: Int
    let term: Term
    /// Match keys of the term's words (`Mike Pompeo` → `mike`, `pompeo`); empty for Han terms.
    let wordKeys: [String]
    /// The keys run together (`mikepompeo`); the text itself for Han terms.
    let joinedKey: String
    let isHan: Bool
    /// `true` for people, organisations, products, places and programmes.
    let isName: Bool
}
