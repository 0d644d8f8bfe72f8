/// One thing wrong (or doubtful) in a glossary, printed compiler-style:
/// `Glossaries/apps.tsv:12: error: unknown language 'english'`.
public struct GlossaryProblem: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable { case error, warning }

    public let location: SourceLocation?
    public let severity: Severity
    public let message: String

    public init(_ severity: Severity, _ message: String, at location: SourceLocation?) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    public var description: String {
        "\(location.map { "\($0): " } ?? "")\(severity.rawValue): \(message)"
    }
}
