/// The dynamic program over beads, inside a corridor:
///
///     D(0, 0) = 0
///     D(i, j) = min over shapes (a, b) of D(i − a, j − b) + cost(i − a ..< i, j − b ..< j)
///
/// with (i, j) and (i − a, j − b) both in the corridor; the best path is read back from (N, M).
/// The cells live in a ``SearchGrid``; a large grid is searched from both ends at once
/// (``twoEndedPath(_:)``).
///
/// - Complexity: O(*c*·*k*) time and O(*c*) memory for *c* corridor cells and *k* shapes.
enum AlignmentSearch {
    /// - Parameter twoThreadCells: grids with fewer cells are searched on one thread.
    static func bestPath(scorer: BeadScorer, corridor: Corridor, shapes: [BeadShape],
                         twoThreadCells: Int = twoThreadCells) -> [(source: Range<Int>, target: Range<Int>)] {
        let grid = SearchGrid(corridor: corridor, scorer: scorer, shapes: shapes)
        let longest = shapes.map(\.source).max() ?? 1
        guard grid.cellCount >= twoThreadCells, corridor.sourceCount > 2 * longest else {
            grid.fill(.forward, rows: 0..<corridor.sourceCount + 1)
            return grid.path(from: (corridor.sourceCount, corridor.targetCount), .forward)
        }
        return twoEndedPath(grid)
    }
}
