/// What the cost model knows about each sentence of one side (or, on a coarse level of the
/// search, each block of consecutive sentences): its length and its lexical anchors.
struct SignalTable: Sendable {
    /// Length in characters, white space excluded.
    var lengths: [Double]
    /// Sorted ids of the anchors found on both sides of the document pair; ids are given
    /// heaviest first.
    var anchors: [[Int32]]
    /// The summed weight of each sentence's anchors.
    var anchorWeights: [Double]
    /// The weight of each anchor id, shared by both sides.
    let vocabularyWeights: [Double]
    /// Whether each anchor id is evidence that needs no dictionary (a number, a name, a
    /// cognate): what the "do these look like translations?" check counts.
    let vocabularyIsIntrinsic: [Bool]

    func weight(of anchor: Int32) -> Double { vocabularyWeights[Int(anchor)] }

    var count: Int { lengths.count }

    /// Anchors a block keeps on coarse levels: its rarest (heaviest) ones. A coarse level only
    /// has to place the path roughly, and unions of many sentences' anchors would make its
    /// pair scores cost more than the finest level's.
    static let coarseAnchorLimit = 24

    /// The table of blocks of two consecutive entries (the last block may hold one).
    func merged() -> SignalTable {
        var result = SignalTable(lengths: [], anchors: [], anchorWeights: [], vocabularyWeights: vocabularyWeights,
                                 vocabularyIsIntrinsic: vocabularyIsIntrinsic)
        var index = 0
        while index < count {
            let next = min(index + 1, count - 1)
            if next == index {
                result.lengths.append(lengths[index])
                result.anchors.append(anchors[index])
                result.anchorWeights.append(anchorWeights[index])
            } else {
                result.lengths.append(lengths[index] + lengths[next])
                var union = Self.union(anchors[index], anchors[next])
                // Ids are given heaviest first (``AnchorVocabulary``).
                if union.count > Self.coarseAnchorLimit { union.removeLast(union.count - Self.coarseAnchorLimit) }
                result.anchors.append(union)
                result.anchorWeights.append(union.reduce(0) { $0 + vocabularyWeights[Int($1)] })
            }
            index += 2
        }
        return result
    }

    private static func union(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        var result: [Int32] = []
        result.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i] < b[j]) {
                result.append(a[i]); i += 1
            } else if i == a.count || b[j] < a[i] {
                result.append(b[j]); j += 1
            } else {
                result.append(a[i]); i += 1; j += 1
            }
        }
        return result
    }
}
