import ArgumentParser
import ConcordGlossary

struct GlossaryImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a TBX, CSV or TSV glossary into Concord's TSV glossary table.",
        discussion: """
            Reads TBX v3 (DCA style, as 'concord glossary export --format tbx' writes it or \
            another tool does) or a CSV/TSV glossary table, checks it as 'concord glossary \
            validate' does, and writes the TSV table that Glossaries/ holds. Every problem is \
            printed as file:line on standard error; with an error nothing is written. TBX files \
            with a DOCTYPE or ENTITY declaration are refused, and TBX v2 (<martif>) must be \
            converted to TBX v3 first. The format comes from the file extension (.tbx, .csv, \
            .tsv) unless --format is given.

            Examples:
              concord glossary import apps.tbx --output Glossaries/apps.tsv
              concord glossary import terms.xml --format tbx -o terms.tsv --force
              concord glossary import shared.csv > Glossaries/shared.tsv

            Exit status: 0 success (warnings allowed); 64 usage error; 65 the file has errors \
            (nothing written); 66 file not found or unreadable; 73 output file exists (without \
            --force) or cannot be written.
            """
    )

    @Argument(help: ArgumentHelp("The glossary file to import (.tbx, .csv, .tsv).", valueName: "file"))
    var file: String

    @Option(name: .long, help: "Input format: tbx, csv or tsv (default: from the file extension).")
    var format: ImportFormat?

    @OptionGroup var outputOptions: OutputOptions

    func validate() throws {
        _ = try inputFormat()
    }

    func run() throws {
        try reportingFailures {
            let imported: (glossary: Glossary, warnings: [GlossaryProblem])
            do {
                imported = try GlossaryImporter(format: try inputFormat()).load(path: file)
            } catch let error as GlossaryImportError {
                for problem in error.problems { Diagnostics.note(problem.description) }
                throw error
            }
            for warning in imported.warnings { Diagnostics.note(warning.description) }
            let sink = OutputSink(options: outputOptions)
            sink.write(GlossaryTableWriter(format: .tsv).table(imported.glossary))
            try sink.finish()
            let concepts = imported.glossary.concepts.count
            let terms = imported.glossary.concepts.reduce(0) { $0 + $1.terms.count }
            let languages = imported.glossary.languages.map(\.tag).joined(separator: ", ")
            Diagnostics.note("\(file): imported \(concepts) concept\(concepts == 1 ? "" : "s"), \(terms) term\(terms == 1 ? "" : "s") (\(languages))")
        }
    }

    private func inputFormat() throws -> ImportFormat {
        if let format { return format }
        guard let implied = ImportFormat(fileName: file) else {
            throw ValidationError("cannot tell the format of '\(file)' from its extension; give '--format tbx', 'csv' or 'tsv'")
        }
        return implied
    }
}

extension ImportFormat: ExpressibleByArgument {}
