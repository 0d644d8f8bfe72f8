/// The document text that a list of segments is cut from, shared by all of them, so splitting
/// makes no strings: a segment's text is made when it is asked for.
final class SegmentSource: Sendable {
    private let units: [UInt16]
    private let isNFC: Bool
    private let normalizer: Normalizer

    /// - Parameter isNFC: `true` when `units` are known to be in NFC already.
    init(units: [UInt16], isNFC: Bool, normalizer: Normalizer) {
        self.units = units
        self.isNFC = isNFC
        self.normalizer = normalizer
    }

    /// The text of `range` in NFC on one line: a line end inside it (a wrapped line) becomes a
    /// space, or nothing between two wide (Chinese) characters; a tab becomes a space.
    func text(of range: Range<Int>) -> String {
        units.withUnsafeBufferPointer { units in
            let slice = UnsafeBufferPointer(rebasing: units[range])
            let hasControl = CodeUnitScan.firstIndex(below: 0x0E, in: slice, 0..<slice.count) < slice.count
            if !hasControl && isNFC { return UTF16Text.string(slice) }
            let flat = hasControl ? flattened(slice) : Array(slice)
            if isNFC { return UTF16Text.string(flat) }
            // NFC of well-formed text cannot fail short of running out of memory; the text as
            // written is then the best answer.
            let normalized = flat.withUnsafeBufferPointer { (try? normalizer.normalize($0)) ?? Array($0) }
            return UTF16Text.string(normalized)
        }
    }

    private func flattened(_ slice: UnsafeBufferPointer<UInt16>) -> [UInt16] {
        var result: [UInt16] = []
        result.reserveCapacity(slice.count)
        var index = 0
        while index < slice.count {
            guard Punctuation.isSpace(slice[index]) else {
                result.append(slice[index])
                index += 1
                continue
            }
            var runEnd = index
            var spansLine = false
            while runEnd < slice.count, Punctuation.isSpace(slice[runEnd]) {
                if slice[runEnd] == 0x0A || slice[runEnd] == 0x0D { spansLine = true }
                runEnd += 1
            }
            if !spansLine {
                result.append(contentsOf: slice[index..<runEnd].map { $0 == 0x09 ? 0x20 : $0 })
            } else if !(index > 0 && runEnd < slice.count
                        && Punctuation.isWide(slice[index - 1]) && Punctuation.isWide(slice[runEnd])) {
                result.append(0x20)
            }
            index = runEnd
        }
        return result
    }
}
