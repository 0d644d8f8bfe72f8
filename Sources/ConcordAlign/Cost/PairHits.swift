/// The summed weight of the anchors two sentences share, for the sentence pairs a bead inside
/// the corridor can contain, stored row by row like the corridor.
struct PairHits {
    private let rowStart: [Int]
    private let rowLow: [Int]
    private let rowHigh: [Int]
    private let values: [Double]

    /// Widest bead side, so that any bead ending inside the corridor finds its pairs.
    static let reach = 4

    init(source: SignalTable, target: SignalTable, corridor: Corridor) {
        let rows = source.count
        var rowStart: [Int] = [], rowLow: [Int] = [], rowHigh: [Int] = []
        var values: [Double] = []
        rowStart.reserveCapacity(rows)
        for row in 0..<rows {
            let low = max(corridor.low[max(row - Self.reach, 0)] - Self.reach, 0)
            let high = min(corridor.high[min(row + 1 + Self.reach, rows)] + Self.reach, target.count)
            rowStart.append(values.count)
            rowLow.append(low)
            rowHigh.append(max(high, low))
            let anchors = source.anchors[row]
            for column in low..<max(high, low) {
                values.append(anchors.isEmpty ? 0 : Self.sharedWeight(anchors, target.anchors[column], weightsOf: source, target))
            }
        }
        self.rowStart = rowStart
        self.rowLow = rowLow
        self.rowHigh = rowHigh
        self.values = values
    }

    subscript(row: Int, column: Int) -> Double {
        guard column >= rowLow[row], column < rowHigh[row] else { return 0 }
        return values[rowStart[row] + column - rowLow[row]]
    }

    private static func sharedWeight(_ a: [Int32], _ b: [Int32], weightsOf source: SignalTable, _ target: SignalTable) -> Double {
        var i = 0, j = 0
        var shared = 0.0
        while i < a.count, j < b.count {
            if a[i] < b[j] { i += 1 } else if b[j] < a[i] { j += 1 } else {
                shared += source.weight(of: a[i])
                i += 1
                j += 1
            }
        }
        return shared
    }
}
