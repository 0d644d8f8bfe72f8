import ArgumentParser
import ConcordAlign
import ConcordText
import Foundation

extension AlignCommand {
    /// `--comparable`: pairs of segments that state the same facts in different articles.
    func runComparable() throws {
        try reportingFailures {
            let paths = [source, target] + more
            let sides = try paths.enumerated().map { index, path in
                try AlignmentSide(path: path, language: index == 0 ? sourceLanguage : index == 1 ? targetLanguage : .auto, presegmented: presegmented)
            }
            let languages = Set(sides.map(\.language))
            var lexiconPaths = lexicon
            if !noLexicons {
                for a in languages { for b in languages where a.code < b.code {
                    lexiconPaths += LexiconCache.paths(in: LexiconCache.folder(), between: a, and: b)
                } }
            }
            let lexicons = try lexiconPaths.map { (path) throws(DataFileError) in try Lexicon.load(path: path) }
            let matcher = ComparableMatcher(threshold: threshold ?? ComparableMatcher.defaultThreshold, lexicons: lexicons,
                                            glossary: glossary.isEmpty ? nil : try GlossaryTerms.load(paths: glossary))
            let pairs = try matcher.match(sides.map { ComparableDocument(name: $0.document.name, language: $0.language, segments: $0.texts) })
            let clusters = Self.clusters(pairs)
            let sink = OutputSink(options: outputOptions)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for (number, pair) in pairs.enumerated() {
                let record = ComparableRecord(
                    sourceFile: sides[pair.sourceDocument].document.name, sourceIndex: pair.sourceIndex,
                    targetFile: sides[pair.targetDocument].document.name, targetIndex: pair.targetIndex,
                    sourceText: sides[pair.sourceDocument].texts[pair.sourceIndex], targetText: sides[pair.targetDocument].texts[pair.targetIndex],
                    score: (pair.score * 1000).rounded() / 1000, evidence: pair.evidence, cluster: clusters[number])
                switch format {
                case .jsonl: sink.writeLine(String(decoding: try encoder.encode(record), as: UTF8.self))
                default: sink.writeLine(record.tabSeparated)
                }
            }
            try sink.finish()
            let segments = sides.reduce(0) { $0 + $1.texts.count }
            if pairs.isEmpty {
                Diagnostics.warning("no pairs: the \(sides.count) articles share nothing the matcher can see above the threshold \(matcher.threshold)")
            } else {
                let paired = Set(pairs.flatMap { ["\($0.sourceDocument):\($0.sourceIndex)", "\($0.targetDocument):\($0.targetIndex)"] }).count
                Diagnostics.note("\(pairs.count) pair\(pairs.count == 1 ? "" : "s") in \(Set(clusters).count) cluster\(Set(clusters).count == 1 ? "" : "s"); \(paired) of \(segments) segments paired (threshold \(matcher.threshold))")
            }
        }
    }

    /// Cluster numbers (0-based, in order of first appearance) of the pairs: pairs that share
    /// a segment state one fact.
    static func clusters(_ pairs: [ComparablePair]) -> [Int] {
        var parent: [String: String] = [:]
        func root(_ key: String) -> String {
            var key = key
            while let up = parent[key], up != key { key = up }
            return key
        }
        for pair in pairs {
            let a = root("\(pair.sourceDocument):\(pair.sourceIndex)"), b = root("\(pair.targetDocument):\(pair.targetIndex)")
            parent[a] = parent[a] ?? a
            parent[b] = b
            if a != b { parent[a] = b }
        }
        var numbers: [String: Int] = [:]
        return pairs.map { pair in
            let key = root("\(pair.sourceDocument):\(pair.sourceIndex)")
            if let known = numbers[key] { return known }
            numbers[key] = numbers.count
            return numbers[key]!
        }
    }
}

/// One pair of `align --comparable`, as a JSON Lines object or a TSV row.
struct ComparableRecord: Encodable {
    let sourceFile: String
    let sourceIndex: Int
    let targetFile: String
    let targetIndex: Int
    let sourceText: String
    let targetText: String
    let score: Double
    let evidence: [String]
    let cluster: Int

    enum CodingKeys: String, CodingKey {
        case score, evidence, cluster
        case sourceFile = "source_file", sourceIndex = "source_index", targetFile = "target_file", targetIndex = "target_index"
        case sourceText = "source_text", targetText = "target_text"
    }

    var tabSeparated: String {
        [sourceFile, String(sourceIndex), targetFile, String(targetIndex), String(score), sourceText, targetText, evidence.joined(separator: "; ")]
            .map { $0.map { $0 == "\t" || $0.isNewline ? " " : $0 }.reduce(into: "") { $0.append($1) } }
            .joined(separator: "\t")
    }
}
