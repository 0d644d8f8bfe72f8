import Foundation

/// The cost of any candidate bead between two signal tables: the shape's prior, the length
/// model, and the agreement of lexical anchors (Dice over anchor weights). The search asks it
/// for costs and knows nothing else.
final class BeadScorer {
    let source: SignalTable
    let target: SignalTable
    let length: LengthModel
    let parameters: CostParameters
    private let sourceLengths: [Double]
    private let targetLengths: [Double]
    private let sourceWeights: [Double]
    private let targetWeights: [Double]
    /// −ln prior of each shape, indexed by `source * 8 + target`.
    private let priorCosts: [Double]
    private let hits: PairHits

    init(source: SignalTable, target: SignalTable, length: LengthModel, parameters: CostParameters, corridor: Corridor) {
        self.source = source
        self.target = target
        self.length = length
        self.parameters = parameters
        sourceLengths = Self.prefixSums(source.lengths)
        targetLengths = Self.prefixSums(target.lengths)
        sourceWeights = Self.prefixSums(source.anchorWeights)
        targetWeights = Self.prefixSums(target.anchorWeights)
        var priors = [Double](repeating: 12, count: 64)
        for (shape, probability) in parameters.shapePriors where shape.source < 8 && shape.target < 8 {
            priors[shape.source * 8 + shape.target] = -log(probability)
        }
        priorCosts = priors
        hits = PairHits(source: source, target: target, corridor: corridor)
    }

    /// The cost of aligning source sentences `s` with target sentences `t` when it is below
    /// `limit`, else nil. The cheap parts are weighed first, so that most beads that cannot
    /// win are set aside without the rest.
    func cost(_ s: Range<Int>, _ t: Range<Int>, below limit: Double) -> Double? {
        if s.isEmpty || t.isEmpty {
            let skip = parameters.skipCost * Double(s.count + t.count)
            return skip < limit ? skip : nil
        }
        let prior = s.count < 8 && t.count < 8 ? priorCosts[s.count * 8 + t.count] : 12
        let sourceWeight = sourceWeights[s.upperBound] - sourceWeights[s.lowerBound]
        let targetWeight = targetWeights[t.upperBound] - targetWeights[t.lowerBound]
        // Each anchor of one side meets at most each sentence of the other.
        let mostShared = min(Double(t.count) * sourceWeight, Double(s.count) * targetWeight)
        guard prior - parameters.lexicalWeight * dice(shared: mostShared, total: sourceWeight + targetWeight) < limit else { return nil }
        var shared = 0.0
        for i in s { for j in t { shared += hits[i, j] } }
        let lexical = prior - parameters.lexicalWeight * dice(shared: shared, total: sourceWeight + targetWeight)
        guard lexical < limit else { return nil }
        let total = lexical + length.cost(source: sourceLengths[s.upperBound] - sourceLengths[s.lowerBound],
                                          target: targetLengths[t.upperBound] - targetLengths[t.lowerBound])
        return total < limit ? total : nil
    }

    /// Dice agreement of the anchors of the two sides, from 0 to 1.
    private func dice(shared: Double, total: Double) -> Double {
        total > 0 ? min(2 * shared / (total + parameters.smoothing), 1) : 0
    }

    private static func prefixSums(_ values: [Double]) -> [Double] {
        var sums = [0.0]
        sums.reserveCapacity(values.count + 1)
        for value in values { sums.append(sums[sums.count - 1] + value) }
        return sums
    }
}
