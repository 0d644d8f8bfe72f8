import ConcordAlign
import ConcordText

extension AlignCommand {
    /// `--comparable`: pairs of segments that state the same facts in different articles.
    func runComparable() throws {
        try reportingFailures {
            let sides = try ([source, target] + more).enumerated().map { index, path in
                try AlignmentSide(path: path, language: input.language(ofFile: index), presegmented: input.presegmented)
            }
            let matcher = ComparableMatcher(threshold: threshold ?? ComparableMatcher.defaultThreshold,
                                            lexicons: try lexicons.load(between: Set(sides.map(\.language))), glossary: try anchorGlossary.terms())
            let pairs = try matcher.match(sides.map { ComparableDocument(name: $0.document.name, language: $0.language, segments: $0.texts) })
            let clusters = ComparablePair.clusterNumbers(pairs)
            let writer = ComparableWriter(sides: sides)
            let sink = OutputSink(options: outputOptions)
            try writer.write(pairs, clusters: clusters, format: format == .jsonl ? .jsonl : .tsv, to: sink)
            try sink.finish()
            writer.report(pairs, clusters: clusters, threshold: matcher.threshold)
        }
    }
}
