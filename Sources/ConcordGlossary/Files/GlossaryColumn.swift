/// The columns of Concord's glossary table (TSV and CSV), one row per term. `concept`, `lang`,
/// `term` and `status` are required; `type` and `definition` are given on a concept's first
/// row (later rows leave them empty or repeat them); `case`, `source` and `note` are optional.
public enum GlossaryColumn: String, Sendable, CaseIterable {
    case concept, type, definition, lang, term, status, `case`, source, note

    /// `allCases`, made once (the synthesized property makes a new array on every call).
    static let ordered = allCases

    /// The columns every glossary table must have.
    public static let required: [GlossaryColumn] = [.concept, .lang, .term, .status]

    /// The value of the `case` column for a case-sensitive term.
    static let caseSensitiveMark = "exact"
}
