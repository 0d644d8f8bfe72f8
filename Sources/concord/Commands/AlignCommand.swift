import ArgumentParser
import ConcordAlign
import ConcordConcurrency
import ConcordText

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

    @OptionGroup var input: AlignmentInputOptions

    @Option(name: .long, help: "Output format: beads, tsv, jsonl or tmx.")
    var format: AlignmentFormat = .tsv

    @OptionGroup var cost: CostOptions

    @OptionGroup var lexicons: LexiconOptions

    @OptionGroup var anchorGlossary: AnchorGlossaryOptions

    @OptionGroup var outputOptions: OutputOptions

    func validate() throws {
        if !more.isEmpty && !comparable { throw ValidationError("more than two files only with '--comparable'") }
        if threshold != nil && !comparable { throw ValidationError("'--threshold' only with '--comparable'") }
        if let threshold, !(0...1).contains(threshold) { throw ValidationError("'--threshold' must be between 0 and 1") }
        if comparable && (format == .beads || format == .tmx) { throw ValidationError("'--comparable' writes tsv or jsonl") }
    }

    func run() throws {
        if comparable { return try runComparable() }
        try reportingFailures {
            var preparation = prepare(input.sourceLanguage.fixed, input.targetLanguage.fixed)
            defer { preparation?.wait() }
            let (sourceSide, targetSide) = try AlignmentSide.pair(source: (source, input.sourceLanguage), target: (target, input.targetLanguage),
                                                                  presegmented: input.presegmented)
            if preparation == nil { preparation = prepare(sourceSide.language, targetSide.language) }
            let aligner = Aligner(sourceLanguage: sourceSide.language, targetLanguage: targetSide.language, parameters: cost.parameters,
                                  lexicons: try lexicons.load(between: [sourceSide.language, targetSide.language]),
                                  glossary: try anchorGlossary.terms())
            let progress = ProgressLine(enabled: sourceSide.texts.count + targetSide.texts.count >= ProgressLine.minimumSegments)
            let alignment = try aligner.align(source: sourceSide.texts, target: targetSide.texts) { stage in
                progress.show("aligning: \(stage.rawValue)", fraction: stage.progress)
            }
            progress.clear()
            let sink = OutputSink(options: outputOptions)
            try AlignmentWriter(source: sourceSide, target: targetSide).write(alignment, format: format, to: sink)
            try sink.finish()
            AlignmentSummary(alignment: alignment, source: sourceSide, target: targetSide).report()
        }
    }

    /// Has ICU compile what aligning these languages needs on another thread, while this one
    /// reads the documents and loads the lexicons; nil when a language is not known yet. A
    /// failure is left for the aligner to meet and report.
    private func prepare(_ source: Language?, _ target: Language?) -> BackgroundJob? {
        guard let source, let target else { return nil }
        return BackgroundJob { try? Aligner.prepare(sourceLanguage: source, targetLanguage: target) }
    }
}
