import ArgumentParser
import ConcordAudit
import ConcordGlossary
import ConcordText

struct GlossaryDiscoverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "discover",
        abstract: "Find names the glossary lacks and group their spellings, as a glossary TSV to review.",
        discussion: """
            Name-like spans (runs of capitalized words; Han names with a middle dot or left in \
            another language's text) that the glossary does not cover are grouped by \
            fingerprint, joined key, sound key, pinyin and small edit distance. Each group \
            becomes a concept of type 'other' whose most frequent spelling per language is \
            preferred and the others admitted, with counts and a first location in the note \
            and source columns. Review it, then copy the rows into Glossaries/ (or read it \
            with 'concord glossary import').

            Examples:
              concord glossary discover Samples/noisy/en-mt.txt Samples/noisy/fr-mt.txt
              concord glossary discover --min-count 3 --output new-names.tsv articles/*.txt

            Exit status: 0 success (also when nothing is found); 64 usage; 65 bad input or glossary; 66 not found.
            """
    )

    @Argument(help: ArgumentHelp("The text files to read.", valueName: "file"))
    var files: [String]

    @OptionGroup var glossaryOptions: GlossaryOptions

    @OptionGroup var indexOptions: IndexOptions

    @Option(name: .long, help: ArgumentHelp("Language of the files: en, fr, zh, or auto (per file).", valueName: "lang"))
    var lang: LanguageChoice = .auto

    @Option(name: .customLong("min-count"), help: ArgumentHelp("Keep a name with a single spelling when it occurs at least this often.", valueName: "n"))
    var minimumCount = 2

    @OptionGroup var outputOptions: OutputOptions

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("name at least one file to read") }
        guard minimumCount >= 1 else { throw ValidationError("'--min-count' must be 1 or more") }
    }

    func run() throws {
        try reportingFailures {
            let discoverer = NameDiscoverer(auditor: Auditor(index: try indexOptions.index(glossaryOptions)))
            var documents: [(TextDocument, Language)] = []
            for file in files {
                let document = try TextDocument.read(path: file)
                guard !document.units.isEmpty else { throw DocumentError.empty(name: document.name) }
                documents.append((document, try lang.resolve(for: document)))
            }
            let groups = try discoverer.discover(documents, minimumCount: minimumCount)
            let sink = OutputSink(options: outputOptions)
            sink.write(GlossaryTableWriter(format: .tsv).table(NameDiscoverer.glossary(of: groups)))
            try sink.finish()
            let variants = groups.filter { $0.forms.count > 1 }.count
            Diagnostics.note("\(files.count) file\(files.count == 1 ? "" : "s"): \(groups.count) name\(groups.count == 1 ? "" : "s") not in the glossary, \(variants) with several spellings")
        }
    }
}
