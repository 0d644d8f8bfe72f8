/// How many sentences of each side a bead holds: `1-1`, `2-1` (a merge), `1-0` (an omission)…
public struct BeadShape: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let source: Int
    public let target: Int

    public init(_ source: Int, _ target: Int) {
        self.source = source
        self.target = target
    }

    /// `true` for `1-0` and `0-1`: a sentence with no counterpart.
    public var isNull: Bool { source == 0 || target == 0 }

    public var description: String { "\(source)-\(target)" }

    public static func < (a: BeadShape, b: BeadShape) -> Bool {
        (a.source + a.target, a.source, a.target) < (b.source + b.target, b.source, b.target)
    }

    /// Every shape Concord searches: up to 1-4 / 4-1 and 2-3 / 3-2.
    public static let all: [BeadShape] = [
        BeadShape(1, 1), BeadShape(1, 0), BeadShape(0, 1), BeadShape(2, 1), BeadShape(1, 2),
        BeadShape(2, 2), BeadShape(3, 1), BeadShape(1, 3), BeadShape(4, 1), BeadShape(1, 4),
        BeadShape(3, 2), BeadShape(2, 3),
    ]

    /// The shapes used on coarse levels of the search, where blocks already merge sentences.
    static let coarse: [BeadShape] = [BeadShape(1, 1), BeadShape(1, 0), BeadShape(0, 1), BeadShape(2, 1), BeadShape(1, 2)]
}
