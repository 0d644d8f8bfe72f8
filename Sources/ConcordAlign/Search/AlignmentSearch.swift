/// The dynamic program over beads, inside a corridor:
///
///     D(0, 0) = 0
///     D(i, j) = min over shapes (a, b) of D(i − a, j − b) + cost(i − a ..< i, j − b ..< j)
///
/// with (i, j) and (i − a, j − b) both in the corridor; the best path is read back from (N, M).
/// A large grid is searched from both ends at once, on two threads: D over the first half of
/// the rows, and over the second the same recurrence run backwards,
///
///     E(N, M) = 0
///     E(i, j) = min over shapes (a, b) of cost(i ..< i + a, j ..< j + b) + E(i + a, j + b),
///
/// then the best path is the best of D(c) + cost(c → c′) + E(c′) over the beads c → c′ that
/// cross from one half into the other.
///
/// - Complexity: O(*c*·*k*) time and O(*c*) memory for *c* corridor cells and *k* shapes.
enum AlignmentSearch {
    /// Grids with fewer cells are searched on one thread.
    static let twoThreadCells = 20_000

    /// - Parameter twoThreadCells: grids with fewer cells are searched on one thread.
    static func bestPath(scorer: BeadScorer, corridor: Corridor, shapes: [BeadShape],
                         twoThreadCells: Int = twoThreadCells) -> [(source: Range<Int>, target: Range<Int>)] {
        let grid = Grid(corridor: corridor, scorer: scorer, shapes: shapes)
        let rows = corridor.sourceCount
        let longest = shapes.map(\.source).max() ?? 1
        guard grid.cellCount >= twoThreadCells, rows > 2 * longest else {
            grid.forward(rows: 0..<rows + 1)
            return grid.pathBack(from: (rows, corridor.targetCount))
        }
        let middle = rows / 2
        _ = bothAtOnce({ grid.forward(rows: 0..<middle) }, { grid.backward(rows: middle..<rows + 1) })
        let crossing = grid.bestCrossing(into: middle)
        return grid.pathBack(from: crossing.from) + [(crossing.from.row..<crossing.to.row, crossing.from.column..<crossing.to.column)]
            + grid.pathOn(from: crossing.to)
    }

    /// The corridor's cells with the best cost found for each and the shape it was found with.
    /// Unchecked: the two threads write the cells of different rows.
    private final class Grid: @unchecked Sendable {
        let corridor: Corridor
        let scorer: BeadScorer
        let shapes: [BeadShape]
        /// Where each row's cells start in `best` and `choice`.
        private let rowStart: [Int]
        /// D (forward rows) or E (backward rows) of each cell: memory of its own, which the two
        /// threads write at once (different rows), as they could not a Swift array.
        private let best: UnsafeMutableBufferPointer<Double>
        /// The shape of the bead into a forward cell, or out of a backward cell.
        private let choice: UnsafeMutableBufferPointer<UInt8>

        init(corridor: Corridor, scorer: BeadScorer, shapes: [BeadShape]) {
            self.corridor = corridor
            self.scorer = scorer
            self.shapes = shapes
            let rows = corridor.sourceCount
            var rowStart = [Int](repeating: 0, count: rows + 2)
            for row in 0...rows { rowStart[row + 1] = rowStart[row] + corridor.high[row] - corridor.low[row] + 1 }
            self.rowStart = rowStart
            best = .allocate(capacity: rowStart[rows + 1])
            best.initialize(repeating: .infinity)
            choice = .allocate(capacity: rowStart[rows + 1])
            choice.initialize(repeating: .max)
        }

        deinit {
            best.deallocate()
            choice.deallocate()
        }

        var cellCount: Int { best.count }

        private func contains(_ row: Int, _ column: Int) -> Bool {
            row >= 0 && row <= corridor.sourceCount && column >= corridor.low[row] && column <= corridor.high[row]
        }

        private func cell(_ row: Int, _ column: Int) -> Int { rowStart[row] + column - corridor.low[row] }

        /// D over `rows`, which start at row 0.
        func forward(rows: Range<Int>) {
            best[0] = 0
            for row in rows {
                for column in corridor.low[row]...corridor.high[row] where row > 0 || column > 0 {
                    var cellBest = Double.infinity, cellChoice = UInt8.max
                    for (index, shape) in shapes.enumerated() {
                        let fromRow = row - shape.source, fromColumn = column - shape.target
                        guard contains(fromRow, fromColumn) else { continue }
                        let previous = best[cell(fromRow, fromColumn)]
                        guard previous < cellBest,
                              let cost = scorer.cost(fromRow..<row, fromColumn..<column, below: cellBest - previous),
                              previous + cost < cellBest else { continue }
                        cellBest = previous + cost
                        cellChoice = UInt8(index)
                    }
                    best[cell(row, column)] = cellBest
                    choice[cell(row, column)] = cellChoice
                }
            }
        }

        /// E over `rows`, which end at the last row.
        func backward(rows: Range<Int>) {
            let lastRow = corridor.sourceCount, lastColumn = corridor.targetCount
            best[cell(lastRow, lastColumn)] = 0
            for row in rows.reversed() {
                for column in (corridor.low[row]...corridor.high[row]).reversed() where row < lastRow || column < lastColumn {
                    var cellBest = Double.infinity, cellChoice = UInt8.max
                    for (index, shape) in shapes.enumerated() {
                        let toRow = row + shape.source, toColumn = column + shape.target
                        guard contains(toRow, toColumn) else { continue }
                        let next = best[cell(toRow, toColumn)]
                        guard next < cellBest,
                              let cost = scorer.cost(row..<toRow, column..<toColumn, below: cellBest - next),
                              next + cost < cellBest else { continue }
                        cellBest = next + cost
                        cellChoice = UInt8(index)
                    }
                    best[cell(row, column)] = cellBest
                    choice[cell(row, column)] = cellChoice
                }
            }
        }

        /// The best bead from a forward cell (row below `middle`) into a backward one.
        func bestCrossing(into middle: Int) -> (from: (row: Int, column: Int), to: (row: Int, column: Int)) {
            var bestTotal = Double.infinity
            var crossing = (from: (row: 0, column: 0), to: (row: 0, column: 0))
            let longest = shapes.map(\.source).max() ?? 1
            for row in max(middle - longest, 0)..<middle {
                for column in corridor.low[row]...corridor.high[row] {
                    let before = best[cell(row, column)]
                    for shape in shapes where row + shape.source >= middle && contains(row + shape.source, column + shape.target) {
                        let after = best[cell(row + shape.source, column + shape.target)]
                        guard before + after < bestTotal,
                              let cost = scorer.cost(row..<row + shape.source, column..<column + shape.target,
                                                     below: bestTotal - before - after) else { continue }
                        bestTotal = before + cost + after
                        crossing = ((row, column), (row + shape.source, column + shape.target))
                    }
                }
            }
            // Every cell is reachable: 1-0 and 0-1 beads connect any corridor cell to its neighbours.
            precondition(bestTotal < .infinity, "no path crosses row \(middle)")
            return crossing
        }

        /// The beads of the best path from (0, 0) to a forward cell.
        func pathBack(from end: (row: Int, column: Int)) -> [(source: Range<Int>, target: Range<Int>)] {
            var path: [(source: Range<Int>, target: Range<Int>)] = []
            var (row, column) = end
            while row > 0 || column > 0 {
                let shapeIndex = choice[cell(row, column)]
                precondition(shapeIndex != .max, "corridor cell (\(row), \(column)) unreachable")
                let shape = shapes[Int(shapeIndex)]
                path.append((row - shape.source..<row, column - shape.target..<column))
                row -= shape.source
                column -= shape.target
            }
            return path.reversed()
        }

        /// The beads of the best path from a backward cell to (N, M).
        func pathOn(from start: (row: Int, column: Int)) -> [(source: Range<Int>, target: Range<Int>)] {
            var path: [(source: Range<Int>, target: Range<Int>)] = []
            var (row, column) = start
            while row < corridor.sourceCount || column < corridor.targetCount {
                let shapeIndex = choice[cell(row, column)]
                precondition(shapeIndex != .max, "corridor cell (\(row), \(column)) cannot reach the end")
                let shape = shapes[Int(shapeIndex)]
                path.append((row..<row + shape.source, column..<column + shape.target))
                row += shape.source
                column += shape.target
            }
            return path
        }
    }
}
