import CICUShim

/// Conversions between Swift strings and the UTF-16 code units ICU works on.
public enum UTF16Text {
    /// The UTF-16 code units of `string`.
    public static func units(_ string: String) -> [UInt16] { Array(string.utf16) }

    /// A string from UTF-16 code units; ill-formed units (lone surrogates) become U+FFFD.
    ///
    /// Goes through ICU's converter, which is an order of magnitude faster than
    /// `String(decoding:as:)` on long text.
    public static func string(_ units: UnsafeBufferPointer<UInt16>) -> String {
        guard let base = units.baseAddress, !units.isEmpty else { return "" }
        let capacity = units.count * 3
        return String(unsafeUninitializedCapacity: capacity) { bytes in
            var status: Int32 = 0
            let written = icushim_utf16_to_utf8(base, Int32(units.count), bytes.baseAddress,
                                                Int32(capacity), &status)
            return status > 0 ? 0 : Int(written)
        }
    }

    /// A string from a range of UTF-16 code units.
    public static func string(_ units: [UInt16], _ range: Range<Int>) -> String {
        units.withUnsafeBufferPointer { string(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// A string from UTF-16 code units.
    public static func string(_ units: [UInt16]) -> String {
        units.withUnsafeBufferPointer { string($0) }
    }
}
