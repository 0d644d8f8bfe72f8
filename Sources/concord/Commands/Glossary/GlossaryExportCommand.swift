import ArgumentParser
import ConcordGlossary

struct GlossaryExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the glossary as TBX, CSV, TSV, an OmegaT glossary or JSON.",
        discussion: """
            Formats: tbx (TBX v3, TBX-Basic dialect, DCA style, for CAT and terminology tools), \
            csv and tsv (Concord's own table), omegat (source term, target term and comment \
            for one language pair; save it as glossary/NAME.utf8 in an OmegaT project), json \
            (one object per concept). Concepts and terms are sorted (concepts by label, terms \
            by language, status, then dictionary order), and the output has no date in it, so \
            exporting the same glossary twice gives the same bytes. The glossary must have no \
            errors (see 'concord glossary validate').

            Examples:
              concord glossary export --format tbx --output apps.tbx
              concord glossary export --format omegat --langs en,zh -o en-zh.utf8
              concord glossary export --format json --langs en,fr -g Glossaries/apps.tsv

            Exit status: 0 success; 64 usage error; 65 glossary with errors, no term in the \
            chosen languages, or a text TBX cannot hold; 73 output file exists (without \
            --force) or cannot be written.
            """
    )

    @Option(name: .long, help: "Output format: tbx, csv, tsv, omegat or json.")
    var format: ExportFormat = .tbx

    @Option(name: .long, help: ArgumentHelp("Keep only these languages, comma-separated (en,zh); omegat needs exactly two, source first.", valueName: "langs"))
    var langs: String?

    @OptionGroup var glossaryOptions: GlossaryOptions

    @OptionGroup var outputOptions: OutputOptions

    func validate() throws {
        let languages = try chosenLanguages()
        if format == .omegat, languages.count != 2 {
            throw ValidationError("'--format omegat' needs '--langs' with two languages, the source first (--langs en,zh)")
        }
    }

    func run() throws {
        try reportingFailures {
            let glossary = try glossaryOptions.load()
            let languages = try chosenLanguages()
            if !languages.isEmpty, glossary.restricted(to: Set(languages)).concepts.isEmpty {
                let available = glossary.languages.map(\.tag).joined(separator: ", ")
                throw CommandFailure("no term is in \(languages.map(\.tag).joined(separator: ", ")) (the glossary has \(available))", status: .dataError)
            }
            let exported = try GlossaryExporter(format: format, languages: languages).export(glossary)
            let sink = OutputSink(options: outputOptions)
            sink.write(exported)
            try sink.finish()
        }
    }

    /// The languages of `--langs`, in the order given; empty when it is absent.
    private func chosenLanguages() throws -> [LanguageTag] {
        guard let langs else { return [] }
        var languages: [LanguageTag] = []
        for item in langs.split(separator: ",", omittingEmptySubsequences: false) {
            let text = item.trimmingCharacters(in: .whitespaces)
            guard let language = LanguageTag(text) else {
                throw ValidationError("'--langs': unknown language '\(text)' (use BCP 47 tags such as en, fr, zh, zh-Hant)")
            }
            guard !languages.contains(language) else { throw ValidationError("'--langs': '\(text)' is given twice") }
            languages.append(language)
        }
        return languages
    }
}

extension ExportFormat: ExpressibleByArgument {}
