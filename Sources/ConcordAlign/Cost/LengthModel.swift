import Foundation

/// Gale & Church's length model with the ratio and variance of the document pair itself:
/// δ = (l_t − c·l_s) / √(s²·l̄ + (σ₀·l̄)²), l̄ = (c·l_s + l_t)/2, cost = −ln 2(1 − Φ(|δ|)).
/// The σ₀ term keeps long beads from looking more certain than they are.
struct LengthModel: Sendable {
    /// Target characters per source character.
    let ratio: Double
    /// Variance per target character.
    let variance: Double
    let relativeDeviation = 0.2

    /// The initial model: `c` from the whole documents, s² scaled from Gale & Church's 6.8.
    init(sourceTotal: Double, targetTotal: Double) {
        ratio = sourceTotal > 0 && targetTotal > 0 ? targetTotal / sourceTotal : 1
        variance = 6.8 * ratio
    }

    init(ratio: Double, variance: Double) {
        self.ratio = ratio
        self.variance = variance
    }

    func cost(source: Double, target: Double) -> Double {
        let mean = (ratio * source + target) / 2
        guard mean > 0 else { return 0 }
        let delta = abs(target - ratio * source) / (variance * mean + (relativeDeviation * mean) * (relativeDeviation * mean)).squareRoot()
        return Self.tailCost(delta)
    }

    /// −ln 2(1 − Φ(δ)), interpolated in a table (within 10⁻⁴): the search asks for it millions
    /// of times, and `erfc` and `log` dominated its profile.
    static func tailCost(_ delta: Double) -> Double {
        let position = delta * Double(tableSteps)
        guard position < Double(tailCosts.count - 1) else { return -logTwoSidedTail(delta) }
        let index = Int(position), fraction = position - Double(index)
        return tailCosts[index] + fraction * (tailCosts[index + 1] - tailCosts[index])
    }

    private static let tableSteps = 64
    /// Up to δ = 28, below the switch to the asymptotic form at δ = 20·√2.
    private static let tailCosts = (0...28 * tableSteps).map { -logTwoSidedTail(Double($0) / Double(tableSteps)) }

    /// ln 2(1 − Φ(z)) = ln erfc(z/√2), with the asymptotic form where erfc underflows.
    static func logTwoSidedTail(_ z: Double) -> Double {
        let x = z / 2.0.squareRoot()
        if x < 20 { return log(max(erfc(x), Double.leastNonzeroMagnitude)) }
        return -x * x - log(x * Double.pi.squareRoot())
    }

    /// The model re-estimated from beads believed right (pass-1 1-1 beads): the ratio from
    /// their total lengths, the variance robustly from the median of δ².
    func refitted(pairs: [(source: Double, target: Double)]) -> LengthModel {
        guard pairs.count >= 20 else { return self }
        let sourceTotal = pairs.reduce(0) { $0 + $1.source }
        let targetTotal = pairs.reduce(0) { $0 + $1.target }
        guard sourceTotal > 0, targetTotal > 0 else { return self }
        let newRatio = targetTotal / sourceTotal
        let scaled = pairs.compactMap { pair -> Double? in
            let mean = (newRatio * pair.source + pair.target) / 2
            guard mean > 0 else { return nil }
            let residual = pair.target - newRatio * pair.source
            return residual * residual / mean
        }.sorted()
        // The median of a χ²₁ variable is 0.455.
        let estimate = scaled[scaled.count / 2] / 0.455
        return LengthModel(ratio: newRatio, variance: min(max(estimate, variance / 4), variance * 4))
    }
}
