/// The dynamic program over beads, inside a corridor:
///
///     D(0, 0) = 0
///     D(i, j) = min over shapes (a, b) of D(i − a, j − b) + cost(i − a ..< i, j − b ..< j)
///
/// with (i, j) and (i − a, j − b) both in the corridor. The best path is read back from
/// (N, M).
///
/// - Complexity: O(*c*·*k*) time and O(*c*) memory for *c* corridor cells and *k* shapes.
enum AlignmentSearch {
    static func bestPath(scorer: BeadScorer, corridor: Corridor, shapes: [BeadShape]) -> [(source: Range<Int>, target: Range<Int>)] {
        let rows = corridor.sourceCount
        var rowStart = [Int](repeating: 0, count: rows + 2)
        for row in 0...rows { rowStart[row + 1] = rowStart[row] + corridor.high[row] - corridor.low[row] + 1 }
        var best = [Double](repeating: .infinity, count: rowStart[rows + 1])
        var choice = [UInt8](repeating: .max, count: rowStart[rows + 1])

        best.withUnsafeMutableBufferPointer { best in
            choice.withUnsafeMutableBufferPointer { choice in
                best[0] = 0
                for row in 0...rows {
                    for column in corridor.low[row]...corridor.high[row] where row > 0 || column > 0 {
                        var cellBest = Double.infinity
                        var cellChoice = UInt8.max
                        for (index, shape) in shapes.enumerated() {
                            let fromRow = row - shape.source, fromColumn = column - shape.target
                            guard fromRow >= 0, fromColumn >= corridor.low[fromRow], fromColumn <= corridor.high[fromRow] else { continue }
                            let previous = best[rowStart[fromRow] + fromColumn - corridor.low[fromRow]]
                            guard previous < cellBest else { continue }
                            guard let cost = scorer.cost(fromRow..<row, fromColumn..<column, below: cellBest - previous) else { continue }
                            let total = previous + cost
                            if total < cellBest {
                                cellBest = total
                                cellChoice = UInt8(index)
                            }
                        }
                        let cell = rowStart[row] + column - corridor.low[row]
                        best[cell] = cellBest
                        choice[cell] = cellChoice
                    }
                }
            }
        }

        var path: [(source: Range<Int>, target: Range<Int>)] = []
        var row = rows, column = corridor.targetCount
        while row > 0 || column > 0 {
            let shapeIndex = choice[rowStart[row] + column - corridor.low[row]]
            // Every cell is reachable: 1-0 and 0-1 beads connect any corridor cell to its neighbours.
            precondition(shapeIndex != .max, "corridor cell (\(row), \(column)) unreachable")
            let shape = shapes[Int(shapeIndex)]
            path.append((row - shape.source..<row, column - shape.target..<column))
            row -= shape.source
            column -= shape.target
        }
        return path.reversed()
    }
}
