import ArgumentParser
import ConcordAlign

/// `align`'s glossary: optional, and its concepts are anchors rather than terms to audit (so
/// there is no default folder, unlike ``GlossaryOptions``).
struct AnchorGlossaryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A glossary file or folder (e.g. Glossaries); its concepts named on both sides are anchors (repeatable).", valueName: "path"))
    var glossary: [String] = []

    /// The glossary's terms, or nil when none is given.
    func terms() throws -> GlossaryTerms? {
        glossary.isEmpty ? nil : try GlossaryTerms.load(paths: glossary)
    }
}
