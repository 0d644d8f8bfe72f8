/// Scans of UTF-16 text eight code units at a time, in the lanes of a vector. The text layer's
/// own passes (line ends, line widths, column counts, the NFC check) would otherwise cost more
/// than ICU's sentence iterator itself.
enum CodeUnitScan {
    private typealias Lanes = SIMD8<UInt16>

    @inline(__always)
    private static func lanes(_ base: UnsafePointer<UInt16>, _ index: Int) -> Lanes {
        UnsafeRawPointer(base + index).loadUnaligned(as: Lanes.self)
    }

    /// The first index in `range` whose unit is below `bound`, or `range.upperBound`.
    static func firstIndex(below bound: UInt16, in text: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Int {
        guard let base = text.baseAddress else { return range.upperBound }
        let bounds = Lanes(repeating: bound)
        var index = range.lowerBound
        while index + Lanes.scalarCount <= range.upperBound, !any(lanes(base, index) .< bounds) {
            index += Lanes.scalarCount
        }
        while index < range.upperBound, text[index] >= bound { index += 1 }
        return index
    }

    /// The first index in `range` whose unit is outside `low...high`, or `range.upperBound`.
    static func firstIndex(outside low: UInt16, _ high: UInt16, in text: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Int {
        guard let base = text.baseAddress else { return range.upperBound }
        // Below `low` the subtraction wraps around, so one comparison finds both sides.
        let lows = Lanes(repeating: low), widths = Lanes(repeating: high - low)
        var index = range.lowerBound
        while index + Lanes.scalarCount <= range.upperBound, !any(lanes(base, index) &- lows .> widths) {
            index += Lanes.scalarCount
        }
        while index < range.upperBound, text[index] >= low, text[index] <= high { index += 1 }
        return index
    }

    /// `true` when every unit in `range` lies in `low...high`.
    static func allWithin(_ low: UInt16, _ high: UInt16, in text: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Bool {
        firstIndex(outside: low, high, in: text, range) == range.upperBound
    }

    /// The first index in `range` whose unit is above `bound`, or `range.upperBound`.
    static func firstIndex(above bound: UInt16, in text: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Int {
        guard let base = text.baseAddress else { return range.upperBound }
        let bounds = Lanes(repeating: bound)
        var index = range.lowerBound
        while index + Lanes.scalarCount <= range.upperBound, !any(lanes(base, index) .> bounds) {
            index += Lanes.scalarCount
        }
        while index < range.upperBound, text[index] <= bound { index += 1 }
        return index
    }
}
