import Foundation
import Testing
@testable import ConcordAlign
import ConcordText
import TestSupport

/// Reads the Samples' one-sentence-per-line texts and gold beads.
enum SampleData {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Samples")

    static func lines(_ story: String, _ language: String) throws -> [String] {
        try String(contentsOf: folder.appendingPathComponent("\(story)/\(language).lines.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
    }

    static func gold(_ story: String, _ pair: String) throws -> [[[Int]]] {
        try String(contentsOf: folder.appendingPathComponent("\(story)/\(pair).gold"), encoding: .utf8)
            .split(separator: "\n").map { line in
                line.split(separator: ":", omittingEmptySubsequences: false).map { side in
                    side.dropFirst().dropLast().split(separator: ",").compactMap { Int($0) }
                }
            }
    }

    /// Strict F1 as the evaluation scorer computes it: a bead counts when both sides are
    /// exactly a gold bead's; recall over gold beads with both sides non-empty.
    static func strictF1(_ alignment: Alignment, gold: [[[Int]]]) -> Double {
        let goldSet = Set(gold.map { "\($0[0])\($0[1])" })
        let goldPaired = gold.filter { !$0[0].isEmpty && !$0[1].isEmpty }
        let test = alignment.beads.map { "\(Array($0.source))\(Array($0.target))" }
        let hits = test.filter(goldSet.contains).count
        let pairedHits = Set(test).intersection(goldPaired.map { "\($0[0])\($0[1])" }).count
        let precision = Double(hits) / Double(max(test.count, 1))
        let recall = Double(pairedHits) / Double(max(goldPaired.count, 1))
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }
}
