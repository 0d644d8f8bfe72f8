import Foundation
import Testing
@testable import ConcordAlign
import ConcordText
import TestSupport

@Suite struct AlignmentSearchTests {
    /// Signal tables of a story repeated `copies` times, as the aligner's first pass builds them.
    static func tables(copies: Int) throws -> (source: SignalTable, target: SignalTable) {
        let source = Array(repeating: try SampleData.lines("commerce-ban", "en"), count: copies).flatMap { $0 }
        let target = Array(repeating: try SampleData.lines("commerce-ban", "zh"), count: copies).flatMap { $0 }
        let english = try AnchorExtractor(language: .english, otherLanguage: .chinese)
        let chinese = try AnchorExtractor(language: .chinese, otherLanguage: .english)
        for text in source { try english.append(text) }
        for text in target { try chinese.append(text) }
        return AnchorVocabulary.tables(source: english.anchors, target: chinese.anchors,
                                       sourceLengths: source.map(Aligner.length), targetLengths: target.map(Aligner.length))
    }

    @Test func searchingFromBothEndsFindsAPathAsCheapAsSearchingFromOne() throws {
        let (source, target) = try Self.tables(copies: 4)
        let corridor = Corridor.full(sourceCount: source.count, targetCount: target.count)
        #expect(corridor.cellCount >= AlignmentSearch.twoThreadCells, "the grid must be large enough for two threads")
        let scorer = BeadScorer(source: source, target: target,
                                length: LengthModel(sourceTotal: source.lengths.reduce(0, +), targetTotal: target.lengths.reduce(0, +)),
                                parameters: CostParameters(), corridor: corridor)
        let twoThreads = AlignmentSearch.bestPath(scorer: scorer, corridor: corridor, shapes: BeadShape.all)
        let oneThread = AlignmentSearch.bestPath(scorer: scorer, corridor: corridor, shapes: BeadShape.all, twoThreadCells: .max)
        func cost(_ path: [(source: Range<Int>, target: Range<Int>)]) -> Double {
            path.reduce(0) { $0 + scorer.cost($1.source, $1.target, below: .infinity)! }
        }
        for path in [twoThreads, oneThread] {
            #expect(path.first?.source.lowerBound == 0 && path.first?.target.lowerBound == 0)
            #expect(zip(path, path.dropFirst()).allSatisfy { $0.source.upperBound == $1.source.lowerBound && $0.target.upperBound == $1.target.lowerBound })
            #expect(path.last?.source.upperBound == source.count && path.last?.target.upperBound == target.count)
        }
        #expect(abs(cost(twoThreads) - cost(oneThread)) <= 1e-9 * max(abs(cost(oneThread)), 1))
        #expect(twoThreads.count == oneThread.count)
    }
}
