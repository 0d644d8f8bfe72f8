import ArgumentParser
import ConcordGlossary

struct GlossaryValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Report every problem of a glossary as file:line: error|warning: message.",
        discussion: """
            Errors: malformed rows, unknown languages, types or statuses, empty terms, duplicate \
            concept ids, a term listed twice, one term preferred for two concepts, a misspelling \
            that is another concept's correct term. Warnings: no preferred term in a language, \
            Traditional characters tagged zh, spaces around a term.

            Examples:
              concord glossary validate
              concord glossary validate --glossary Glossaries/us-china-apps-2020.tsv

            Exit status: 0 no errors (warnings allowed); 1 errors found; 65 glossary missing or unreadable.
            """
    )

    @OptionGroup var glossaryOptions: GlossaryOptions

    func run() throws {
        try reportingFailures {
            let paths = try glossaryOptions.paths()
            let (glossary, problems) = try GlossaryLoader.read(paths: paths)
            for problem in problems { Diagnostics.output(problem.description) }
            let errors = problems.filter { $0.severity == .error }.count
            let warnings = problems.count - errors
            let terms = glossary.concepts.reduce(0) { $0 + $1.terms.count }
            let languages = glossary.languages.map(\.tag).joined(separator: ", ")
            Diagnostics.note("\(paths.joined(separator: ", ")): \(glossary.concepts.count) concepts, \(terms) terms (\(languages)); \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
            if errors > 0 { throw ExitCode.failure }
        }
    }
}
