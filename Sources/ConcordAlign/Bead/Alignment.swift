/// The beads of two documents, in order, covering every segment of both exactly once.
public struct Alignment: Sendable {
    public let beads: [Bead]
    public let sourceCount: Int
    public let targetCount: Int
    /// Mean share of the lexical anchors (numbers, names, shared words) of aligned sentences
    /// that found a partner: near 0 for two documents that are not translations.
    public let anchorAgreement: Double
    /// The same for sentences paired at random (three beads apart): translations agree far more
    /// in their aligned sentences than by chance; unrelated documents do not.
    public let chanceAgreement: Double

    public init(beads: [Bead], sourceCount: Int, targetCount: Int, anchorAgreement: Double, chanceAgreement: Double) {
        self.beads = beads
        self.sourceCount = sourceCount
        self.targetCount = targetCount
        self.anchorAgreement = anchorAgreement
        self.chanceAgreement = chanceAgreement
    }

    /// Number of beads of each shape.
    public var shapeCounts: [BeadShape: Int] {
        beads.reduce(into: [:]) { $0[$1.shape, default: 0] += 1 }
    }

    /// Mean confidence of the non-null beads.
    public var meanConfidence: Double {
        let paired = beads.filter { !$0.shape.isNull }
        return paired.isEmpty ? 0 : paired.reduce(0) { $0 + $1.confidence } / Double(paired.count)
    }

    /// Source sentences left without a translation, and target sentences without a source.
    public var omissions: (source: Int, target: Int) {
        beads.reduce(into: (0, 0)) { counts, bead in
            if bead.target.isEmpty { counts.0 += bead.source.count }
            if bead.source.isEmpty { counts.1 += bead.target.count }
        }
    }
}
