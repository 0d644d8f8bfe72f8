/// Where each line of a UTF-16 text starts. LF, CR and CR LF all end a line.
public struct LineIndex: Sendable {
    /// UTF-16 offset of the first unit of each line; `starts[0] == 0`.
    public let starts: [Int]
    /// UTF-16 offset just past each line's content, before its line end.
    public let contentEnds: [Int]

    /// - Complexity: O(*n*) in the number of code units.
    public init(_ units: UnsafeBufferPointer<UInt16>) {
        var starts = [0]
        var ends: [Int] = []
        let count = units.count
        var index = 0
        while index < count {
            // Only CR (0x0D) and LF (0x0A) matter; skip everything at or above 0x0E in bulk.
            index = CodeUnitScan.firstIndex(below: 0x0E, in: units, index..<count)
            guard index < count else { break }
            let unit = units[index]
            if unit == 0x0A || unit == 0x0D {
                ends.append(index)
                index += (unit == 0x0D && index + 1 < count && units[index + 1] == 0x0A) ? 2 : 1
                starts.append(index)
            } else {
                index += 1
            }
        }
        ends.append(count)
        self.init(starts: starts, contentEnds: ends, count: count)
    }

    /// The index of a text of `count` units from its line ends: `starts` holds 0 and the offset
    /// just past each line end, `contentEnds` the offset of each line end and then `count`.
    init(starts: consuming [Int], contentEnds: consuming [Int], count: Int) {
        var starts = starts
        var ends = contentEnds
        if starts.count > 1, starts.last == count {
            // A final line end closes the last line; it does not open an empty one.
            starts.removeLast()
            ends.removeLast()
        }
        self.starts = starts
        self.contentEnds = ends
    }

    /// The number of lines.
    public var count: Int { starts.count }

    /// The 0-based line that contains `offset` (offsets on a line end belong to that line).
    ///
    /// - Complexity: O(log *lines*).
    public func line(containing offset: Int) -> Int {
        var low = 0
        var high = starts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if starts[middle] <= offset { low = middle } else { high = middle }
        }
        return low
    }

    /// The content range (without its line end) of the 0-based line `line`.
    public func contentRange(ofLine line: Int) -> Range<Int> { starts[line]..<contentEnds[line] }
}
