/// Scans of UTF-16 text four code units at a time, in the 16-bit lanes of a 64-bit word. The
/// text layer's own passes (line ends, line widths, column counts, the NFC check) would
/// otherwise cost more than ICU's sentence iterator itself.
enum CodeUnitScan {
    private static let lowBits: UInt64 = 0x0001_0001_0001_0001
    private static let highBits: UInt64 = 0x8000_8000_8000_8000

    /// Lanes of `word` that are below `bound` get their high bit set (all other bits clear).
    /// `bound` must be at most 0x8000.
    @inline(__always)
    private static func lanes(of word: UInt64, below bound: UInt16) -> UInt64 {
        // (x | 0x8000) - bound keeps each lane non-negative, so no borrow crosses lanes; its high
        // bit is set exactly when x & 0x7FFF >= bound.
        let atLeastBound = (word | highBits) &- (lowBits &* UInt64(bound))
        return ~atLeastBound & ~word & highBits
    }

    /// Lanes of `word` that are above `bound` get their high bit set. `bound` < 0x8000.
    @inline(__always)
    private static func lanes(of word: UInt64, above bound: UInt16) -> UInt64 {
        let aboveBound = (word & ~highBits) &+ (lowBits &* UInt64(0x7FFF - bound))
        return (aboveBound | word) & highBits
    }

    @inline(__always)
    private static func word(_ base: UnsafePointer<UInt16>, _ index: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
    }

    /// The first index in `range` whose unit is below `bound` (at most 0x8000), or
    /// `range.upperBound`.
    static func firstIndex(below bound: UInt16, in text: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Int {
        guard let base = text.baseAddress else { return range.upperBound }
        var index = range.lowerBound
        while index + 8 <= range.upperBound,
              lanes(of: word(base, index), below: bound) | lanes(of: word(base, index + 4), below: bound) == 0 {
            index += 8
        }
        while index < range.upperBound, text[index] >= bound { index += 1 }
        return index
    }

    /// The first index in `range` whose unit is outside `low...high` (`low` ≤ 0x8000,
    /// `high` < 0x8000), or `range.upperBound`.
    static func firstIndex(outside low: UInt16, _ high: UInt16, in text: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Int {
        guard let base = text.baseAddress else { return range.upperBound }
        var index = range.lowerBound
        while index + 8 <= range.upperBound {
            let first = word(base, index), second = word(base, index + 4)
            let outside = lanes(of: first, below: low) | lanes(of: first, above: high)
                | lanes(of: second, below: low) | lanes(of: second, above: high)
            if outside != 0 { break }
            index += 8
        }
        while index < range.upperBound, text[index] >= low, text[index] <= high { index += 1 }
        return index
    }

    /// `true` when every unit in `range` lies in `low...high` (`low` ≤ 0x8000, `high` < 0x8000).
    static func allWithin(_ low: UInt16, _ high: UInt16, in text: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Bool {
        firstIndex(outside: low, high, in: text, range) == range.upperBound
    }

    /// The first index in `range` whose unit is above `bound` (< 0x8000), or `range.upperBound`.
    static func firstIndex(above bound: UInt16, in text: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Int {
        guard let base = text.baseAddress else { return range.upperBound }
        var index = range.lowerBound
        while index + 8 <= range.upperBound,
              lanes(of: word(base, index), above: bound) | lanes(of: word(base, index + 4), above: bound) == 0 {
            index += 8
        }
        while index < range.upperBound, text[index] <= bound { index += 1 }
        return index
    }
}
