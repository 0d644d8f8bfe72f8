/// What the cost model knows about each sentence of one side (or, on a coarse level of the
/// search, each block of consecutive sentences): its length and its lexical anchors.
struct SignalTable: Sendable {
    /// Length in characters, white space excluded.
    let lengths: [Double]
    /// Every sentence's anchor ids, one sentence after another (see ``anchors(of:)``): one
    /// array for the side rather than one per sentence.
    private let anchorIds: [Int32]
    private let anchorStarts: [Int]
    /// The summed weight of each sentence's anchors.
    let anchorWeights: [Double]
    /// The weight of each anchor id, shared by both sides.
    let vocabularyWeights: [Double]
    /// Whether each anchor id is evidence that needs no dictionary (a number, a name, a
    /// cognate): what the "do these look like translations?" check counts.
    let vocabularyIsIntrinsic: [Bool]

    /// - Parameters:
    ///   - anchorIds: each sentence's anchor ids, ascending, one sentence after another.
    ///   - anchorStarts: where each sentence's ids start in `anchorIds`, and their end.
    init(lengths: [Double], anchorIds: [Int32], anchorStarts: [Int], anchorWeights: [Double],
         vocabularyWeights: [Double], vocabularyIsIntrinsic: [Bool]) {
        self.lengths = lengths
        self.anchorIds = anchorIds
        self.anchorStarts = anchorStarts
        self.anchorWeights = anchorWeights
        self.vocabularyWeights = vocabularyWeights
        self.vocabularyIsIntrinsic = vocabularyIsIntrinsic
    }

    /// The sorted ids of the anchors of a sentence that are found on both sides of the
    /// document pair; ids are given heaviest first.
    func anchors(of sentence: Int) -> ArraySlice<Int32> {
        anchorIds[anchorStarts[sentence]..<anchorStarts[sentence + 1]]
    }

    /// Every anchor of every sentence, as (sentence, anchor id), in sentence order.
    func forEachAnchor(_ visit: (Int, Int32) -> Void) {
        for sentence in 0..<count {
            for index in anchorStarts[sentence]..<anchorStarts[sentence + 1] { visit(sentence, anchorIds[index]) }
        }
    }

    func weight(of anchor: Int32) -> Double { vocabularyWeights[Int(anchor)] }

    var count: Int { lengths.count }

    /// This table with more anchors for each sentence: `extra[starts[i]..<starts[i + 1]]`
    /// (ascending) are added to sentence *i* as ids from `firstId` on, above all of this table's.
    func adding(_ extra: [Int32], starts extraStarts: [Int], firstId: Int32, vocabularyWeights: [Double],
                vocabularyIsIntrinsic: [Bool]) -> SignalTable {
        var ids: [Int32] = [], starts = [0], weights = anchorWeights
        ids.reserveCapacity(anchorIds.count + extra.count)
        starts.reserveCapacity(count + 1)
        for sentence in 0..<count {
            ids.append(contentsOf: anchors(of: sentence))
            for id in extra[extraStarts[sentence]..<extraStarts[sentence + 1]] {
                ids.append(firstId + id)
                weights[sentence] += vocabularyWeights[Int(firstId + id)]
            }
            starts.append(ids.count)
        }
        return SignalTable(lengths: lengths, anchorIds: ids, anchorStarts: starts, anchorWeights: weights,
                           vocabularyWeights: vocabularyWeights, vocabularyIsIntrinsic: vocabularyIsIntrinsic)
    }

    /// Anchors a block keeps on coarse levels: its rarest (heaviest) ones. A coarse level only
    /// has to place the path roughly, and unions of many sentences' anchors would make its
    /// pair scores cost more than the finest level's.
    static let coarseAnchorLimit = 24

    /// The table of blocks of two consecutive entries (the last block may hold one).
    func merged() -> SignalTable {
        var lengths: [Double] = [], ids: [Int32] = [], starts = [0], weights: [Double] = []
        let blocks = (count + 1) / 2
        lengths.reserveCapacity(blocks)
        starts.reserveCapacity(blocks + 1)
        weights.reserveCapacity(blocks)
        ids.reserveCapacity(anchorIds.count)
        for first in stride(from: 0, to: count, by: 2) {
            let second = min(first + 1, count - 1)
            let blockStart = ids.count
            if second == first {
                lengths.append(self.lengths[first])
                ids.append(contentsOf: anchors(of: first))
            } else {
                lengths.append(self.lengths[first] + self.lengths[second])
                Self.appendUnion(anchors(of: first), anchors(of: second), to: &ids)
                // Ids are given heaviest first (``AnchorVocabulary``).
                if ids.count - blockStart > Self.coarseAnchorLimit { ids.removeLast(ids.count - blockStart - Self.coarseAnchorLimit) }
            }
            starts.append(ids.count)
            weights.append(ids[blockStart...].reduce(0) { $0 + vocabularyWeights[Int($1)] })
        }
        return SignalTable(lengths: lengths, anchorIds: ids, anchorStarts: starts, anchorWeights: weights,
                           vocabularyWeights: vocabularyWeights, vocabularyIsIntrinsic: vocabularyIsIntrinsic)
    }

    private static func appendUnion(_ a: ArraySlice<Int32>, _ b: ArraySlice<Int32>, to result: inout [Int32]) {
        var i = a.startIndex, j = b.startIndex
        while i < a.endIndex || j < b.endIndex {
            if j == b.endIndex || (i < a.endIndex && a[i] < b[j]) {
                result.append(a[i]); i += 1
            } else if i == a.endIndex || b[j] < a[i] {
                result.append(b[j]); j += 1
            } else {
                result.append(a[i]); i += 1; j += 1
            }
        }
    }
}
