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

    /// The lexicons between any two of `languages`, those given first. When the lexicon folder
    /// has none for a pair of English, French and Chinese, says once how to install them.
    func load(between languages: Set<Language>) throws(DataFileError) -> [Lexicon] {
        var paths = lexicon
        if !noLexicons {
            let folder = LexiconCache.folder()
            let sorted = languages.sorted { $0.code < $1.code }
            var missing: [String] = []
            for (index, a) in sorted.enumerated() {
                for b in sorted[(index + 1)...] {
                    let found = LexiconCache.paths(in: folder, between: a, and: b)
                    if found.isEmpty, Language.supported.contains(a), Language.supported.contains(b) { missing.append("\(a)-\(b)") }
                    paths += found
                }
            }
            if !missing.isEmpty, lexicon.isEmpty {
                Diagnostics.note("no dictionary for \(missing.joined(separator: ", ")) in \(folder); the alignment is better with one: "
                                 + "'bash .ci/install-lexicons' (from a clone of Concord) installs them")
            }
        }
        return try paths.map { (path) throws(DataFileError) in try Lexicon.load(path: path) }
    }
}
