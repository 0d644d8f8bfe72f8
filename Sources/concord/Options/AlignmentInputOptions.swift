import ArgumentParser

/// How `align` reads its two documents: their languages and whether they are already segmented.
struct AlignmentInputOptions: ParsableArguments {
    @Option(name: .customLong("src-lang"), help: ArgumentHelp("Source language (en, fr, zh, …, or auto).", valueName: "lang"))
    var sourceLanguage: LanguageChoice = .auto

    @Option(name: .customLong("tgt-lang"), help: ArgumentHelp("Target language (en, fr, zh, …, or auto).", valueName: "lang"))
    var targetLanguage: LanguageChoice = .auto

    @Flag(name: .long, help: "The inputs have one segment per line; align the lines as given.")
    var presegmented = false

    /// The language given for the file at `index` of the command line (the source, the target, then more).
    func language(ofFile index: Int) -> LanguageChoice {
        index == 0 ? sourceLanguage : index == 1 ? targetLanguage : .auto
    }
}
