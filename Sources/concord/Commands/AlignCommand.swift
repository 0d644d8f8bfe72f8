import ArgumentParser
import ConcordAlign
import ConcordText
import Foundation

struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align a document with its translation, sentence by sentence.",
        discussion: """
            Finds the beads — which source sentences translate into which target sentences — \
            including omissions (1-0, 0-1), merges (2-1 … 4-1) and splits (1-2 … 1-4), from the \
            sentence lengths and anchors that need no dictionary: numbers and dates, names, brands, \
            Chinese names by their pinyin, cognates. A summary goes to standard error.

            Formats: beads ([0,1]:[0], 0-based segment numbers, source first — the evaluation \
            format), tsv (source text, target text, shape, confidence), jsonl (one object per bead \
            with indices, texts, positions and confidence), tmx (TMX 1.4b, one <tu> per bead with \
            both sides; omissions are left out).

            With --glossary, concepts named on both sides are anchors too: \
            蓬佩奥 meets Mike Pompeo, 华盛顿 meets Washington.

            Bilingual dictionaries add anchors when given with --lexicon or installed in the \
            lexicon folder ($CONCORD_LEXICONS, else ~/.cache/concord/lexicons; see \
            .ci/install-lexicons): CC-CEDICT for Chinese-English, FreeDict for English-French.

            Examples:
              concord align Samples/commerce-ban/en.txt Samples/commerce-ban/zh.txt
              concord align --format jsonl --output en-fr.jsonl Samples/payment-apps/en.txt Samples/payment-apps/fr.txt
              concord align --presegmented --format beads --src-lang zh --tgt-lang en zh.txt en.txt
              concord align --comparable --format jsonl Samples/commerce-ban/en.txt Samples/commerce-ban/comparable/fr-report.txt

            With --comparable the files are different reports of one story: the output lists \
            the pairs of segments that state the same fact (tsv: files, indexes, score, texts, \
            evidence; jsonl: source_file, source_index, target_file, target_index, source_text, \
            target_text, score, evidence, cluster), most segments unpaired. With more than two \
            files, every two are compared and pairs are grouped into clusters.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case beads, tsv, jsonl, tmx
    }

    @Argument(help: ArgumentHelp("The source document.", valueName: "source"))
    var source: String

    @Argument(help: ArgumentHelp("Its translation (with --comparable: another article).", valueName: "target"))
    var target: String

    @Argument(help: ArgumentHelp("With --comparable: more articles.", valueName: "more"))
    var more: [String] = []

    @Flag(name: .long, help: "The files are different articles on one story, not translations: pair the segments that state the same facts, in any order.")
    var comparable = false

    @Option(name: .long, help: ArgumentHelp("With --comparable: the lowest score (0–1) of a pair that is kept (default \(ComparableMatcher.defaultThreshold); two segments that are each other's best candidate need \(ComparableCandidates.mutualShare) of it).", valueName: "x"))
    var threshold: Double?

    @Option(name: .customLong("src-lang"), help: ArgumentHelp("Source language (en, fr, zh, …, or auto).", valueName: "lang"))
    var sourceLanguage: LanguageChoice = .auto

    @Option(name: .customLong("tgt-lang"), help: ArgumentHelp("Target language (en, fr, zh, …, or auto).", valueName: "lang"))
    var targetLanguage: LanguageChoice = .auto

    @Flag(name: .long, help: "The inputs have one segment per line; align the lines as given.")
    var presegmented = false

    @Option(name: .long, help: "Output format: beads, tsv, jsonl or tmx.")
    var format: Format = .tsv

    @Option(name: .customLong("skip-cost"), help: ArgumentHelp("Cost of leaving one sentence unaligned; lower finds more omissions.", valueName: "cost"))
    var skipCost: Double?

    @Option(name: .customLong("lexical-weight"), help: ArgumentHelp("Weight of shared numbers, names and words against sentence lengths.", valueName: "weight"))
    var lexicalWeight: Double?

    @Option(name: .long, help: ArgumentHelp("A bilingual dictionary: CC-CEDICT text, or a FreeDict .index with its .dict (repeatable).", valueName: "path"))
    var lexicon: [String] = []

    @Flag(name: .customLong("no-lexicons"), help: "Do not use the dictionaries installed in the lexicon folder.")
    var noLexicons = false

    @Option(name: .long, help: ArgumentHelp("A glossary file or folder (e.g. Glossaries); its concepts named on both sides are anchors (repeatable).", valueName: "path"))
    var glossary: [String] = []

    @OptionGroup var outputOptions: OutputOptions

    func validate() throws {
        if !more.isEmpty && !comparable { throw ValidationError("more than two files only with '--comparable'") }
        if threshold != nil && !comparable { throw ValidationError("'--threshold' only with '--comparable'") }
        if let threshold, !(0...1).contains(threshold) { throw ValidationError("'--threshold' must be between 0 and 1") }
        if comparable && (format == .beads || format == .tmx) { throw ValidationError("'--comparable' writes tsv or jsonl") }
        if let skipCost, !(skipCost > 0 && skipCost.isFinite) { throw ValidationError("'--skip-cost' must be a positive number") }
        if let lexicalWeight, !(lexicalWeight >= 0 && lexicalWeight.isFinite) { throw ValidationError("'--lexical-weight' must be zero or more") }
    }

    func run() throws {
        if comparable { return try runComparable() }
        try reportingFailures {
            let preparation = DispatchGroup()
            defer { preparation.wait() }
            var preparing = false
            if case .fixed(let source) = sourceLanguage, case .fixed(let target) = targetLanguage {
                prepare(source, target, in: preparation)
                preparing = true
            }
            let (sourceSide, targetSide) = try AlignmentSide.pair(source: (source, sourceLanguage), target: (target, targetLanguage),
                                                                  presegmented: presegmented)
            if !preparing { prepare(sourceSide.language, targetSide.language, in: preparation) }
            var parameters = CostParameters()
            if let skipCost { parameters.skipCost = skipCost }
            if let lexicalWeight {
                parameters.lexicalWeight = lexicalWeight
                parameters.crossScriptLexicalWeight = lexicalWeight
            }
            var lexiconPaths = lexicon
            if !noLexicons {
                lexiconPaths += LexiconCache.paths(in: LexiconCache.folder(), between: sourceSide.language, and: targetSide.language)
            }
            let lexicons = try lexiconPaths.map { (path) throws(DataFileError) in try Lexicon.load(path: path) }
            let terms = glossary.isEmpty ? nil : try GlossaryTerms.load(paths: glossary)
            let aligner = Aligner(sourceLanguage: sourceSide.language, targetLanguage: targetSide.language,
                                  parameters: parameters, lexicons: lexicons, glossary: terms)
            let progress = ProgressLine(enabled: sourceSide.texts.count + targetSide.texts.count >= ProgressLine.minimumSegments)
            let alignment = try aligner.align(source: sourceSide.texts, target: targetSide.texts) { stage in
                progress.show("aligning: \(stage.rawValue)", fraction: stage.progress)
            }
            progress.clear()
            let sink = OutputSink(options: outputOptions)
            let writer = AlignmentWriter(source: sourceSide, target: targetSide)
            let lineFormat: AlignmentWriter.LineFormat
            switch format {
            case .beads: lineFormat = .beads
            case .tsv: lineFormat = .tsv
            case .jsonl: lineFormat = .jsonl
            case .tmx:
                let tmx = TMXWriter(sourceLanguage: sourceSide.language, targetLanguage: targetSide.language, toolVersion: Concord.version)
                sink.write(tmx.document(beads: alignment.beads) { (sourceSide.joinedText($0.source), targetSide.joinedText($0.target)) })
                try sink.finish()
                AlignmentSummary(alignment: alignment, source: sourceSide, target: targetSide).report()
                return
            }
            for bead in alignment.beads {
                sink.writeLine(try writer.line(for: bead, format: lineFormat))
            }
            try sink.finish()
            AlignmentSummary(alignment: alignment, source: sourceSide, target: targetSide).report()
        }
    }

    /// Has ICU compile what aligning these languages needs on another thread, while this one
    /// reads the documents and loads the lexicons. A failure is left for the aligner to meet
    /// and report.
    private func prepare(_ source: Language, _ target: Language, in group: DispatchGroup) {
        DispatchQueue.global().async(group: group) {
            try? Aligner.prepare(sourceLanguage: source, targetLanguage: target)
        }
    }
}
