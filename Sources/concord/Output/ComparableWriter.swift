import ConcordAlign
import Foundation

/// Writes the pairs of `align --comparable` as TSV rows or JSON Lines, and the summary line.
struct ComparableWriter {
    let sides: [AlignmentSide]

    enum Format {
        case tsv, jsonl
    }

    func write(_ pairs: [ComparablePair], clusters: [Int], format: Format, to sink: OutputSink) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for (pair, cluster) in zip(pairs, clusters) {
            let record = ComparableRecord(
                sourceFile: sides[pair.sourceDocument].document.name, sourceIndex: pair.sourceIndex,
                targetFile: sides[pair.targetDocument].document.name, targetIndex: pair.targetIndex,
                sourceText: sides[pair.sourceDocument].texts[pair.sourceIndex], targetText: sides[pair.targetDocument].texts[pair.targetIndex],
                score: (pair.score * 1000).rounded() / 1000, evidence: pair.evidence, cluster: cluster)
            switch format {
            case .jsonl: sink.writeLine(String(decoding: try encoder.encode(record), as: UTF8.self))
            case .tsv: sink.writeLine(record.tabSeparated)
            }
        }
    }

    /// How many pairs, clusters and segments paired, on standard error.
    func report(_ pairs: [ComparablePair], clusters: [Int], threshold: Double) {
        let segments = sides.reduce(0) { $0 + $1.texts.count }
        guard !pairs.isEmpty else {
            Diagnostics.warning("no pairs: the \(sides.count) articles share nothing the matcher can see above the threshold \(threshold)")
            return
        }
        let paired = Set(pairs.flatMap { [$0.sourceSegment, $0.targetSegment] }).count
        let clusterCount = Set(clusters).count
        Diagnostics.note("\(pairs.count) pair\(pairs.count == 1 ? "" : "s") in \(clusterCount) cluster\(clusterCount == 1 ? "" : "s"); \(paired) of \(segments) segments paired (threshold \(threshold))")
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
