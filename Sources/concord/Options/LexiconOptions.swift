import ArgumentParser
import ConcordAlign
import ConcordText

/// Which bilingual dictionaries `align` uses: those given with `--lexicon`, and those installed
/// in the lexicon folder unless `--no-lexicons`.
struct LexiconOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A bilingual dictionary: CC-CEDICT text, or a FreeDict .index with its .dict (repeatable).", valueName: "path"))
    var lexicon: [String] = []

    @Flag(name: .customLong("no-lexicons"), help: "Do not use the dictionaries installed in the lexicon folder.")
    var noLexicons = false

    /// The lexicons between any two of `languages`, those given first.
    func load(between languages: Set<Language>) throws(DataFileError) -> [Lexicon] {
        var paths = lexicon
        if !noLexicons {
            let sorted = languages.sorted { $0.code < $1.code }
            for (index, a) in sorted.enumerated() {
                for b in sorted[(index + 1)...] { paths += LexiconCache.paths(in: LexiconCache.folder(), between: a, and: b) }
            }
        }
        return try paths.map { (path) throws(DataFileError) in try Lexicon.load(path: path) }
    }
}
