import Foundation
import Testing
@testable import ConcordAlign
import ConcordText
import TestSupport

@Suite struct CorridorTests {
    @Test func projectedCorridorKeepsNeighbouringRowsOverlapping() {
        var generator = SplitMix(seed: 17)
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
