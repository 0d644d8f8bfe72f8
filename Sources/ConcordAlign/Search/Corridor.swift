/// The cells of the alignment grid that the search may visit: for each source boundary *i*
/// (0…N), the target boundaries `low[i]...high[i]`. Both bounds never decrease with *i*.
struct Corridor: Sendable {
    let low: [Int]
    let high: [Int]
    let targetCount: Int

    var sourceCount: Int { low.count - 1 }

    /// Every cell: for grids small enough to search whole.
    static func full(sourceCount: Int, targetCount: Int) -> Corridor {
        Corridor(low: Array(repeating: 0, count: sourceCount + 1),
                 high: Array(repeating: targetCount, count: sourceCount + 1), targetCount: targetCount)
    }

    /// The corridor around a path found on a level `scale` times as coarse (1: this level),
    /// widened by `width` cells on each side. Neighbouring rows always overlap, so 1-0 and 0-1
    /// beads reach every cell.
    static func around(path: [(source: Range<Int>, target: Range<Int>)], scale: Int, sourceCount: Int,
                       targetCount: Int, width: Int) -> Corridor {
        var low = Array(repeating: targetCount, count: sourceCount + 1)
        var high = Array(repeating: 0, count: sourceCount + 1)
        for bead in path {
            let first = min(scale * bead.target.lowerBound, targetCount)
            let last = min(scale * bead.target.upperBound, targetCount)
            for row in min(scale * bead.source.lowerBound, sourceCount)...min(scale * bead.source.upperBound, sourceCount) {
                low[row] = min(low[row], first)
                high[row] = max(high[row], last)
            }
        }
        low[0] = 0
        high[sourceCount] = targetCount
        for row in 0...sourceCount {
            low[row] = max(low[row] - width, 0)
            high[row] = min(high[row] + width, targetCount)
            if row > 0 {
                low[row] = min(max(low[row], low[row - 1]), high[row - 1])
                high[row] = max(high[row], high[row - 1])
            }
        }
        return Corridor(low: low, high: high, targetCount: targetCount)
    }

    /// Number of cells.
    var cellCount: Int { zip(low, high).reduce(0) { $0 + $1.1 - $1.0 + 1 } }
}
