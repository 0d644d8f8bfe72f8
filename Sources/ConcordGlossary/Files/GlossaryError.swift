/// Why a glossary could not be used: the first error, naming file and line, and how many more
/// there are.
public struct GlossaryError: Error, Sendable, CustomStringConvertible {
    /// Every error found, in file order.
    public let problems: [GlossaryProblem]

    public init(problems: [GlossaryProblem]) { self.problems = problems }

    public init(_ message: String, at location: SourceLocation? = nil) {
        self.problems = [GlossaryProblem(.error, message, at: location)]
    }

    public init(path: String, _ message: String) {
        self.problems = [GlossaryProblem(.error, "\(path): \(message)", at: nil)]
    }

    public var description: String {
        guard let first = problems.first else { return "glossary error" }
        let more = problems.count > 1 ? " (and \(problems.count - 1) more; run 'concord glossary validate')" : ""
        return "\(first.location.map { "\($0): " } ?? "")\(first.message)" + more
    }
}
