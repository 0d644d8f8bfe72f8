import ConcordConcurrency

/// The corridor's cells with the best cost found for each and the shape it was found with,
/// filled by the recurrence of ``AlignmentSearch`` in either direction:
///
///     forward   D(0, 0) = 0,  D(i, j) = min over shapes (a, b) of D(i − a, j − b) + cost(i − a ..< i, j − b ..< j)
///     backward  E(N, M) = 0,  E(i, j) = min over shapes (a, b) of cost(i ..< i + a, j ..< j + b) + E(i + a, j + b)
final class SearchGrid {
    enum Direction {
        /// From (0, 0): each cell holds D, and the shape of the bead into it.
        case forward
        /// From (N, M): each cell holds E, and the shape of the bead out of it.
        case backward
    }

    let corridor: Corridor
    let scorer: BeadScorer
    let shapes: [BeadShape]
    /// Where each row's cells start in `best` and `choice`.
    private let rowStart: [Int]
    /// D or E of each cell: two threads may fill different rows at once (``AlignmentSearch/twoEndedPath(_:)``).
    private let best: SharedBuffer<Double>
    private let choice: SharedBuffer<UInt8>

    init(corridor: Corridor, scorer: BeadScorer, shapes: [BeadShape]) {
        self.corridor = corridor
        self.scorer = scorer
        self.shapes = shapes
        let rows = corridor.sourceCount
        var rowStart = [Int](repeating: 0, count: rows + 2)
        for row in 0...rows { rowStart[row + 1] = rowStart[row] + corridor.high[row] - corridor.low[row] + 1 }
        self.rowStart = rowStart
        best = SharedBuffer(repeating: .infinity, count: rowStart[rows + 1])
        choice = SharedBuffer(repeating: .max, count: rowStart[rows + 1])
    }

    var cellCount: Int { best.count }

    func contains(_ row: Int, _ column: Int) -> Bool {
        row >= 0 && row <= corridor.sourceCount && column >= corridor.low[row] && column <= corridor.high[row]
    }

    /// D (forward) or E (backward) of a cell filled by ``fill(_:rows:)``.
    func cost(_ row: Int, _ column: Int) -> Double { best[cell(row, column)] }

    private func cell(_ row: Int, _ column: Int) -> Int { rowStart[row] + column - corridor.low[row] }

    /// The cell a direction starts from.
    private func origin(_ direction: Direction) -> (row: Int, column: Int) {
        direction == .forward ? (0, 0) : (corridor.sourceCount, corridor.targetCount)
    }

    /// Fills `rows` in `direction`: forward rows start at row 0, backward rows end at the last.
    func fill(_ direction: Direction, rows: Range<Int>) {
        // Each direction compiled on its own, its step a constant.
        switch direction {
        case .forward: fill(rows, step: 1)
        case .backward: fill(rows, step: -1)
        }
    }

    @inline(__always)
    private func fill(_ rows: Range<Int>, step: Int) {
        let direction = step > 0 ? Direction.forward : .backward
        let origin = origin(direction)
        best[cell(origin.row, origin.column)] = 0
        let rowOrder = direction == .forward ? stride(from: rows.lowerBound, to: rows.upperBound, by: 1)
                                             : stride(from: rows.upperBound - 1, to: rows.lowerBound - 1, by: -1)
        for row in rowOrder {
            let low = corridor.low[row], high = corridor.high[row]
            let columnOrder = direction == .forward ? stride(from: low, to: high + 1, by: 1) : stride(from: high, to: low - 1, by: -1)
            for column in columnOrder where row != origin.row || column != origin.column {
                var cellBest = Double.infinity, cellChoice = UInt8.max
                for (index, shape) in shapes.enumerated() {
                    let otherRow = row - step * shape.source, otherColumn = column - step * shape.target
                    guard contains(otherRow, otherColumn) else { continue }
                    let reached = best[cell(otherRow, otherColumn)]
                    guard reached < cellBest,
                          let cost = scorer.cost(min(row, otherRow)..<max(row, otherRow), min(column, otherColumn)..<max(column, otherColumn),
                                                 below: cellBest - reached),
                          reached + cost < cellBest else { continue }
                    cellBest = reached + cost
                    cellChoice = UInt8(index)
                }
                best[cell(row, column)] = cellBest
                choice[cell(row, column)] = cellChoice
            }
        }
    }

    /// The beads of the best path between a filled cell and its direction's origin, in document order.
    func path(from start: (row: Int, column: Int), _ direction: Direction) -> [(source: Range<Int>, target: Range<Int>)] {
        let step = direction == .forward ? 1 : -1
        let origin = origin(direction)
        var path: [(source: Range<Int>, target: Range<Int>)] = []
        var (row, column) = start
        while row != origin.row || column != origin.column {
            let shapeIndex = choice[cell(row, column)]
            precondition(shapeIndex != .max, "corridor cell (\(row), \(column)) not connected to (\(origin.row), \(origin.column))")
            let shape = shapes[Int(shapeIndex)]
            let next = (row: row - step * shape.source, column: column - step * shape.target)
            path.append((min(row, next.row)..<max(row, next.row), min(column, next.column)..<max(column, next.column)))
            (row, column) = next
        }
        return direction == .forward ? path.reversed() : path
    }
}
