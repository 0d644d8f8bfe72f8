/// A group of source sentences and the target sentences that translate them.
public struct Bead: Sendable, Hashable {
    /// 0-based indices of the source segments.
    public let source: Range<Int>
    /// 0-based indices of the target segments.
    public let target: Range<Int>
    /// How sure the aligner is, from 0 to 1: how well the sides' lengths fit and how many of
    /// their numbers and names they share (see ``BeadConfidence``). 0 for null beads.
    public let confidence: Double

    public init(source: Range<Int>, target: Range<Int>, confidence: Double) {
        self.source = source
        self.target = target
        self.confidence = confidence
    }

    public var shape: BeadShape { BeadShape(source.count, target.count) }
}
