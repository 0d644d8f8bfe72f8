import CICUShim

/// An ICU transform such as `Any-Latin; Latin-ASCII` (`蓬佩奥` → `peng pei ao`) or
/// `Traditional-Simplified` (`字節跳動` → `字节跳动`).
///
/// Opening a Han transform costs ~15 ms and Han → Latin runs at ~0.1 M characters/s: open
/// one and use it for names and short strings. Not thread-safe. The corresponding ICU
/// functions are `utrans_openU` and `utrans_transUChars`.
public final class Transliterator {
    /// Han and any other script to plain ASCII Latin, syllables separated by spaces.
    public static let toASCIILatin = "Any-Latin; Latin-ASCII"
    /// Han to pinyin with the readings used for surnames.
    public static let hanToLatinNames = "Han-Latin/Names; Latin-ASCII"
    public static let traditionalToSimplified = "Traditional-Simplified"
    public static let simplifiedToTraditional = "Simplified-Traditional"

    public let id: String
    private let handle: OpaquePointer

    public init(id: String) throws(ICUError) {
        let idUnits = Array(id.utf16)
        var status: Int32 = 0
        let handle = idUnits.withUnsafeBufferPointer {
            icushim_trans_open($0.baseAddress, Int32($0.count), 0, &status)
        }
        guard let handle else {
            throw ICUError(code: max(status, 1), operation: "opening the transform \(id)")
        }
        self.id = id
        self.handle = handle
    }

    deinit { icushim_trans_close(handle) }

    /// `units` transformed.
    public func transform(_ units: UnsafeBufferPointer<UInt16>) throws(ICUError) -> [UInt16] {
        var capacity = units.count * 4 + 16
        while true {
            var status: Int32 = 0
            var length: Int32 = 0
            // ICU transforms in place and may have written into the buffer before it reports an
            // overflow, so each attempt starts again from the source.
            let output = [UInt16](unsafeUninitializedCapacity: capacity) { buffer, count in
                if let base = units.baseAddress, let destination = buffer.baseAddress {
                    destination.update(from: base, count: units.count)
                }
                length = icushim_trans_transliterate(handle, buffer.baseAddress, Int32(units.count),
                                                     Int32(capacity), &status)
                count = status > 0 ? 0 : min(Int(length), capacity)
            }
            if status == icuBufferOverflow {
                capacity = Int(length) * 2 + 16
                continue
            }
            try check(status, "transforming with \(id)")
            return output
        }
    }

    /// `text` transformed.
    public func transform(_ text: String) throws(ICUError) -> String {
        let units = Array(text.utf16)
        let result = try units.withUnsafeBufferPointer { (buffer) throws(ICUError) -> [UInt16] in
            try transform(buffer)
        }
        return UTF16Text.string(result)
    }
}
