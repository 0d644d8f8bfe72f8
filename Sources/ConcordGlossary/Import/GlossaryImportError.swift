/// Why a file could not be imported: every problem found in it (errors and warnings, in file
/// order); at least one is an error.
public struct GlossaryImportError: Error, Sendable, CustomStringConvertible {
    /// The file that was read.
    public let path: String
    /// Every problem, each naming its file and line where there is one.
    public let problems: [GlossaryProblem]

    public init(path: String, problems: [GlossaryProblem]) {
        self.path = path
        self.problems = problems
    }

    /// The errors among ``problems``.
    public var errors: [GlossaryProblem] { problems.filter { $0.severity == .error } }

    /// A one-line summary; the problems themselves are listed in ``problems``.
    public var description: String {
        let count = errors.count
        return "\(path): \(count) error\(count == 1 ? "" : "s"); nothing imported"
    }
}
