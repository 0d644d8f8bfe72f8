import ArgumentParser
import ConcordGlossary
import Foundation

/// Which glossary a command uses: `--glossary` files or folders, else `./Glossaries`.
struct GlossaryOptions: ParsableArguments {
    @Option(name: [.short, .long], help: ArgumentHelp("A glossary file (.tsv, .csv) or a folder of them (repeatable; default: ./Glossaries).", valueName: "path"))
    var glossary: [String] = []

    /// The paths to read.
    ///
    /// - Throws: ``GlossaryError`` when none is given and `./Glossaries` does not exist.
    func paths() throws(GlossaryError) -> [String] {
        if !glossary.isEmpty { return glossary }
        guard FileManager.default.fileExists(atPath: GlossaryLoader.defaultFolder) else {
            throw GlossaryError("no glossary given and no ./\(GlossaryLoader.defaultFolder) folder here; use --glossary PATH")
        }
        return [GlossaryLoader.defaultFolder]
    }

    /// The glossary, which must have no errors (warnings go to standard error).
    func load() throws(GlossaryError) -> Glossary {
        let (glossary, warnings) = try Self.read(try paths())
        Self.report(warnings)
        return glossary
    }

    /// The glossary in `paths` and its warnings; errors are thrown.
    static func read(_ paths: [String]) throws(GlossaryError) -> (glossary: Glossary, warnings: [GlossaryProblem]) {
        let (glossary, problems) = try GlossaryLoader.read(paths: paths)
        let errors = problems.filter { $0.severity == .error }
        guard errors.isEmpty else { throw GlossaryError(problems: errors) }
        return (glossary, problems)
    }

    static func report(_ warnings: [GlossaryProblem]) {
        for warning in warnings { Diagnostics.warning(warning.description.replacingOccurrences(of: "warning: ", with: "")) }
    }
}
