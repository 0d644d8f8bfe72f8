import Foundation
import Testing
@testable import ConcordAlign
import ConcordText
import TestSupport

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
