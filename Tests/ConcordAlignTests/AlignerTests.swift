import Foundation
import Testing
@testable import ConcordAlign
import ConcordText

/// Reads the Samples' one-sentence-per-line texts and gold beads.
enum SampleData {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
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

@Suite struct AlignerTests {
    static let pairs: [(story: String, source: String, target: String)] = [
        ("commerce-ban", "en", "fr"), ("commerce-ban", "en", "zh"), ("payment-apps", "en", "zh"),
        ("data-security", "en", "fr"), ("data-security", "en", "zh"), ("payment-apps", "en", "fr"),
    ]

    @Test func samplePairsAlignCloseToTheirGold() throws {
        var scores: [Double] = []
        for pair in Self.pairs {
            let source = try SampleData.lines(pair.story, pair.source)
            let target = try SampleData.lines(pair.story, pair.target)
            let aligner = Aligner(sourceLanguage: Language(code: pair.source)!, targetLanguage: Language(code: pair.target)!)
            let alignment = try aligner.align(source: source, target: target)
            let gold = try SampleData.gold(pair.story, "\(pair.source)-\(pair.target)")
            let f1 = SampleData.strictF1(alignment, gold: gold)
            #expect(f1 >= 0.85, "\(pair.story) \(pair.source)-\(pair.target): strict F1 \(f1)")
            #expect(alignment.anchorAgreement > 3 * alignment.chanceAgreement)
            scores.append(f1)
        }
        #expect(scores.reduce(0, +) / Double(scores.count) >= 0.93, "strict F1 \(scores)")
    }

    @Test func beadsPartitionBothSidesInOrder() throws {
        let source = try SampleData.lines("commerce-ban", "fr")
        let target = try SampleData.lines("commerce-ban", "zh")
        let alignment = try Aligner(sourceLanguage: .french, targetLanguage: .chinese).align(source: source, target: target)
        var nextSource = 0, nextTarget = 0
        for bead in alignment.beads {
            #expect(bead.source.lowerBound == nextSource)
            #expect(bead.target.lowerBound == nextTarget)
            #expect(!(bead.source.isEmpty && bead.target.isEmpty))
            #expect((0...1).contains(bead.confidence))
            nextSource = bead.source.upperBound
            nextTarget = bead.target.upperBound
        }
        #expect(nextSource == source.count)
        #expect(nextTarget == target.count)
    }

    @Test func aRemovedTranslationBecomesAnOmission() throws {
        let source = try SampleData.lines("payment-apps", "en")
        var target = try SampleData.lines("payment-apps", "zh")
        // English 20 is translated by Chinese 19 in the gold (after the 1-2 and the omission).
        let gold = try SampleData.gold("payment-apps", "en-zh")
        let bead = try #require(gold.first { $0[0] == [20] && $0[1].count == 1 })
        target.remove(at: bead[1][0])
        let alignment = try Aligner(sourceLanguage: .english, targetLanguage: .chinese).align(source: source, target: target)
        #expect(alignment.beads.contains { $0.source == 20..<21 && $0.target.isEmpty })
    }

    @Test func anEmptySideLeavesEverySentenceUnaligned() throws {
        let source = try SampleData.lines("commerce-ban", "en")
        let alignment = try Aligner(sourceLanguage: .english, targetLanguage: .french).align(source: source, target: [])
        #expect(alignment.beads.count == source.count)
        #expect(alignment.beads.allSatisfy { $0.target.isEmpty && $0.source.count == 1 })
        #expect(alignment.omissions.source == source.count)
    }

    @Test func longDocumentsUseTheCorridorAndStayAccurate() throws {
        // 12 copies of a story (≈ 550 × 530 sentences) exceed the whole-grid limit, so the
        // coarse-to-fine corridor is used.
        let copies = 12
        let source = Array(repeating: try SampleData.lines("commerce-ban", "en"), count: copies).flatMap { $0 }
        let target = Array(repeating: try SampleData.lines("commerce-ban", "zh"), count: copies).flatMap { $0 }
        #expect(source.count * target.count > CoarseToFine.fullSearchCells)
        let gold = try SampleData.gold("commerce-ban", "en-zh")
        let sourceLength = try SampleData.lines("commerce-ban", "en").count
        let targetLength = try SampleData.lines("commerce-ban", "zh").count
        let repeatedGold = (0..<copies).flatMap { copy in
            gold.map { [$0[0].map { $0 + copy * sourceLength }, $0[1].map { $0 + copy * targetLength }] }
        }
        let aligner = Aligner(sourceLanguage: .english, targetLanguage: .chinese)
        let alignment = try aligner.align(source: source, target: target)
        let single = try aligner.align(source: try SampleData.lines("commerce-ban", "en"), target: try SampleData.lines("commerce-ban", "zh"))
        // The corridor must not cost accuracy: as good as the story searched whole, give or take.
        let repeatedF1 = SampleData.strictF1(alignment, gold: repeatedGold), singleF1 = SampleData.strictF1(single, gold: gold)
        #expect(repeatedF1 >= singleF1 - 0.05, "\(repeatedF1) against \(singleF1)")
        #expect(repeatedF1 >= 0.85)
    }

    @Test func unrelatedDocumentsHaveLowAgreement() throws {
        let source = try SampleData.lines("commerce-ban", "en")
        let target = try SampleData.lines("payment-apps", "zh")
        let alignment = try Aligner(sourceLanguage: .english, targetLanguage: .chinese).align(source: source, target: target)
        let related = try Aligner(sourceLanguage: .english, targetLanguage: .chinese)
            .align(source: source, target: try SampleData.lines("commerce-ban", "zh"))
        #expect(alignment.meanConfidence < related.meanConfidence - 0.15)
    }
}

@Suite struct LengthModelTests {
    @Test func tailCostGrowsWithDeviationAndStaysFinite() {
        var previous = -1.0
        for z in stride(from: 0.0, through: 60, by: 0.5) {
            let cost = -LengthModel.logTwoSidedTail(z)
            #expect(cost.isFinite)
            #expect(cost >= previous)
            previous = cost
        }
        #expect(abs(-LengthModel.logTwoSidedTail(1.96) - -log(0.05)) < 0.01)
    }

    @Test func theTabulatedTailCostMatchesTheExactOneInsideAndBeyondTheTable() {
        for z in stride(from: 0.0, through: 60, by: 0.013) {
            #expect(abs(LengthModel.tailCost(z) - -LengthModel.logTwoSidedTail(z)) < 1e-4, "at \(z)")
        }
    }

    @Test func ratioAndVarianceComeFromTheDocuments() {
        let model = LengthModel(sourceTotal: 1000, targetTotal: 3000)
        #expect(model.ratio == 3)
        #expect(model.cost(source: 30, target: 90) < model.cost(source: 30, target: 30))
        let pairs = (0..<50).map { (index: Int) -> (source: Double, target: Double) in
            let source = Double(20 + index)
            return (source, source * 2.5 + Double(index % 5))
        }
        let refitted = model.refitted(pairs: pairs)
        #expect(abs(refitted.ratio - 2.55) < 0.1)
    }
}

@Suite struct CorridorTests {
    @Test func projectedCorridorKeepsNeighbouringRowsOverlapping() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            // A random monotone coarse path.
            let coarseSource = Int.random(in: 1...30, using: &generator), coarseTarget = Int.random(in: 1...30, using: &generator)
            var path: [(source: Range<Int>, target: Range<Int>)] = []
            var i = 0, j = 0
            while i < coarseSource || j < coarseTarget {
                var a = 0, b = 0
                if i < coarseSource { a = Int.random(in: 0...1, using: &generator) }
                if j < coarseTarget { b = a == 0 ? 1 : Int.random(in: 0...1, using: &generator) }
                if a == 0 && b == 0 { a = 1 }
                path.append((i..<i + a, j..<j + b))
                i += a
                j += b
            }
            let fineSource = 2 * coarseSource - Int.random(in: 0...1, using: &generator)
            let fineTarget = 2 * coarseTarget - Int.random(in: 0...1, using: &generator)
            let corridor = Corridor.around(path: path, scale: 2, sourceCount: fineSource, targetCount: fineTarget, width: 2)
            #expect(corridor.low[0] == 0)
            #expect(corridor.high[fineSource] == fineTarget)
            for row in 0...fineSource {
                #expect(corridor.low[row] <= corridor.high[row])
                if row > 0 {
                    #expect(corridor.low[row] >= corridor.low[row - 1])
                    #expect(corridor.low[row] <= corridor.high[row - 1])
                }
            }
        }
    }
}

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

