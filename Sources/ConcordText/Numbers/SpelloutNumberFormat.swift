import CICUShim

/// ICU's rule-based number spell-out for a locale: `2020` ↔ `二千零二十` in Chinese.
///
/// Strict parsing costs ~0.2 ms a call, too slow for every numeral of a corpus: Concord reads
/// numerals with ``ChineseNumeral`` and uses this as the reference it is tested against. The
/// corresponding ICU functions are `unum_open(UNUM_SPELLOUT, …)`, `unum_parseDouble` and
/// `unum_formatDouble`.
public final class SpelloutNumberFormat {
    private let handle: OpaquePointer

    public init(locale: String) throws(ICUError) {
        var status: Int32 = 0
        guard let handle = icushim_spellout_open(locale, &status) else {
            throw ICUError(code: max(status, 1), operation: "opening the spell-out format for \(locale)")
        }
        self.handle = handle
    }

    deinit { icushim_numfmt_close(handle) }

    /// The value of `text` and how many UTF-16 units of it were read, or nil if none.
    public func parse(_ text: String) -> (value: Double, length: Int)? {
        let units = Array(text.utf16)
        var position: Int32 = 0
        var status: Int32 = 0
        let value = units.withUnsafeBufferPointer {
            icushim_numfmt_parse(handle, $0.baseAddress, Int32($0.count), &position, &status)
        }
        guard status <= 0, position > 0 else { return nil }
        return (value, Int(position))
    }

    /// `value` spelled out.
    public func format(_ value: Double) throws(ICUError) -> String {
        let units = try withICUOutput(initialCapacity: 64, operation: "spelling out \(value)") { dest, capacity, status in
            icushim_numfmt_format(handle, value, dest, capacity, &status)
        }
        return UTF16Text.string(units)
    }
}
