/// A finding as one JSON Lines object.
public struct FindingRecord: Codable, Sendable {
    public let file: String
    public let line: Int
    public let column: Int
    public let found: String
    public let expected: String
    public let concept: String
    public let conceptType: String
    public let kind: String
    public let confidence: Double
    public let evidence: [String]
    public let fixable: Bool
    public let message: String

    enum CodingKeys: String, CodingKey {
        case file, line, column, found, expected, concept, kind, confidence, evidence, fixable, message
        case conceptType = "concept_type"
    }

    public init(_ finding: Finding) {
        file = finding.file
        line = finding.position.line
        column = finding.position.column
        found = finding.found
        expected = finding.expected
        concept = finding.conceptID
        conceptType = finding.conceptType.rawValue
        kind = finding.kind.rawValue
        confidence = finding.confidence
        evidence = finding.evidence
        fixable = finding.isFixable
        message = finding.message
    }
}
