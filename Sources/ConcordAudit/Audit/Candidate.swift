/// A span of the document matched to a term: either a correct mention (no kind) or a
/// suspected variant, before overlaps are resolved.
struct Candidate: Sendable {
    var range: Range<Int>
    var found: String
    var termID: Int32
    /// nil for a correct mention.
    var kind: FindingKind?
    var confidence: Double
    var evidence: [String]
    /// `true` when the span's first word is capitalized only because it starts a sentence.
    var startsSentence = false
    /// The form to suggest when it is not the glossary's preferred one (the document's usual spelling).
    var expected: String?

    var isCorrect: Bool { kind == nil }
}
