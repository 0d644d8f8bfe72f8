import ConcordConcurrency
/// The summed weight of the anchors two sentences share, for the sentence pairs a bead inside
/// the corridor can contain, stored row by row like the corridor.
///
/// Filled from the target's postings (for each anchor, the sentences holding it): each source
/// anchor adds its weight to the pairs it occurs in, so the cost follows the number of shared
/// anchors, not the number of pairs times the anchors of each.
struct PairHits {
    private let rowStart: [Int]
    private let rowLow: [Int]
    private let rowHigh: [Int]
    private let values: [Double]

    /// Widest bead side, so that any bead ending inside the corridor finds its pairs.
    static let reach = 4

    /// Tables with more rows are filled on two threads, half the rows each (bible-dev ×10,
    /// whole `concord align`: en-fr 0.51 → 0.47 s).
    static let twoThreadRows = 2_048

    init(source: SignalTable, target: SignalTable, corridor: Corridor) {
        let rows = source.count
        let postings = Postings(target)
        guard rows >= Self.twoThreadRows else {
            let part = Part(rows: 0..<rows, source: source, targetCount: target.count, corridor: corridor, postings: postings)
            (rowStart, rowLow, rowHigh, values) = (part.rowStart, part.rowLow, part.rowHigh, part.values)
            return
        }
        let (first, second) = Parallel.both(
            { Part(rows: 0..<rows / 2, source: source, targetCount: target.count, corridor: corridor, postings: postings) },
            { Part(rows: rows / 2..<rows, source: source, targetCount: target.count, corridor: corridor, postings: postings) })
        rowStart = first.rowStart + second.rowStart.map { $0 + first.values.count }
        rowLow = first.rowLow + second.rowLow
        rowHigh = first.rowHigh + second.rowHigh
        values = first.values + second.values
    }

    /// The windows of a range of rows, `rowStart` counted from the part's own first value.
    private struct Part {
        var rowStart: [Int] = [], rowLow: [Int] = [], rowHigh: [Int] = []
        var values: [Double] = []

        init(rows: Range<Int>, source: SignalTable, targetCount: Int, corridor: Corridor, postings: Postings) {
            let lastRow = source.count
            // Both window bounds never decrease with the row, so each anchor's cursor only moves on.
            var cursor = postings.start
            rowStart.reserveCapacity(rows.count)
            rowLow.reserveCapacity(rows.count)
            rowHigh.reserveCapacity(rows.count)
            for row in rows {
                let low = max(corridor.low[max(row - PairHits.reach, 0)] - PairHits.reach, 0)
                let high = max(min(corridor.high[min(row + 1 + PairHits.reach, lastRow)] + PairHits.reach, targetCount), low)
                let base = values.count
                rowStart.append(base)
                rowLow.append(low)
                rowHigh.append(high)
                values.append(contentsOf: repeatElement(0, count: high - low))
                for anchor in source.anchors(of: row) {
                    let anchor = Int(anchor), end = postings.start[anchor + 1]
                    var index = cursor[anchor]
                    while index < end, Int(postings.sentences[index]) < low { index += 1 }
                    cursor[anchor] = index
                    let weight = source.weight(of: Int32(anchor))
                    while index < end, Int(postings.sentences[index]) < high {
                        values[base + Int(postings.sentences[index]) - low] += weight
                        index += 1
                    }
                }
            }
        }
    }

    subscript(row: Int, column: Int) -> Double {
        guard column >= rowLow[row], column < rowHigh[row] else { return 0 }
        return values[rowStart[row] + column - rowLow[row]]
    }

    /// For each anchor id, the sentences holding it in order, stored one anchor after another.
    private struct Postings {
        var start: [Int]
        var sentences: [Int32]

        init(_ table: SignalTable) {
            var start = [Int](repeating: 0, count: table.vocabularyWeights.count + 1)
            table.forEachAnchor { _, anchor in start[Int(anchor) + 1] += 1 }
            for index in start.indices.dropFirst() { start[index] += start[index - 1] }
            var next = start
            var sentences = [Int32](repeating: 0, count: start.last!)
            table.forEachAnchor { sentence, anchor in
                sentences[next[Int(anchor)]] = Int32(sentence)
                next[Int(anchor)] += 1
            }
            self.start = start
            self.sentences = sentences
        }
    }
}
