import Foundation
import Testing
@testable import ConcordAlign
import ConcordText
import TestSupport

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
