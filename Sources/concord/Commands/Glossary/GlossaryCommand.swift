import ArgumentParser

struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Check, export, import and grow a term glossary.",
        discussion: """
            A glossary is a folder of TSV (or CSV) files, one row per term: \
            concept, type, definition, lang, term, status[, case, source, note]. \
            See Glossaries/README.md.

            Examples:
              concord glossary validate
              concord glossary export --format tbx --output apps.tbx
              concord glossary import apps.tbx --format tbx --output Glossaries/apps.tsv
              concord glossary discover Samples/noisy/en-mt.txt ../articles/*.txt
            """,
        subcommands: [GlossaryValidateCommand.self, GlossaryExportCommand.self, GlossaryImportCommand.self, GlossaryDiscoverCommand.self]
    )
}
