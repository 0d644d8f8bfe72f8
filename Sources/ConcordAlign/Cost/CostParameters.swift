/// The fixed parameters of the bead cost, the same for every document pair. Lengths and
/// anchor weights come from the documents; these say how to weigh them.
public struct CostParameters: Sendable {
    /// How much full agreement of anchors (Dice = 1) lowers a bead's cost, between languages
    /// of one script family (en, fr, de).
    public var lexicalWeight = 6.0
    /// The same between Chinese and a Latin-script language, where lengths say less (their
    /// correlation in gold beads is .89 for zh-en against .97 for de-fr), so anchors must say
    /// more.
    public var crossScriptLexicalWeight = 10.0
    /// The cost of leaving one sentence unaligned.
    public var skipCost = 4.0
    /// Added to the anchor totals before the Dice ratio, so that sentences with few anchors do
    /// not reach extreme scores.
    public var smoothing = 1.0
    /// Prior probabilities of the bead shapes (Gale & Church's, extended to larger beads).
    public var shapePriors: [BeadShape: Double] = [
        BeadShape(1, 1): 0.85, BeadShape(2, 1): 0.04, BeadShape(1, 2): 0.04, BeadShape(2, 2): 0.01,
        BeadShape(3, 1): 0.01, BeadShape(1, 3): 0.01, BeadShape(4, 1): 0.003, BeadShape(1, 4): 0.003,
        BeadShape(3, 2): 0.002, BeadShape(2, 3): 0.002,
    ]

    public init() {}
}
