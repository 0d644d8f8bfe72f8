import CICUShim

/// A Unicode normalization form applied by ICU.
///
/// ICU's normalizer instances are process-wide singletons that are safe to share between
/// threads; a `Normalizer` only points at one. The corresponding ICU functions are
/// `unorm2_getNFCInstance` and its siblings.
public struct Normalizer: @unchecked Sendable {
    public enum Form: Int32, Sendable, CaseIterable {
        case nfc = 0, nfd, nfkc, nfkd
        /// NFKC followed by case folding, as in UTS #46: `ＴｉｋＴｏｋ` → `tiktok`.
        case nfkcCasefold
    }

    public let form: Form
    private let handle: OpaquePointer

    public init(_ form: Form) throws(ICUError) {
        var status: Int32 = 0
        guard let handle = icushim_norm_instance(form.rawValue, &status) else {
            throw ICUError(code: max(status, 1), operation: "opening the \(form) normalizer")
        }
        self.form = form
        self.handle = handle
    }

    /// The normalized form of `units`. Text already in the form is returned without a copy
    /// through ICU's quick check. The corresponding ICU function is `unorm2_normalize`.
    public func normalize(_ units: UnsafeBufferPointer<UInt16>) throws(ICUError) -> [UInt16] {
        if isNormalized(units) { return Array(units) }
        return try withICUOutput(initialCapacity: units.count + units.count / 4 + 8,
                                 operation: "normalizing to \(form)") { dest, capacity, status in
            icushim_norm_normalize(handle, units.baseAddress, Int32(units.count), dest, capacity, &status)
        }
    }

    /// The normalized form of a string.
    public func normalize(_ text: String) throws(ICUError) -> String {
        let units = Array(text.utf16)
        let normalized = try units.withUnsafeBufferPointer { (buffer) throws(ICUError) -> [UInt16] in
            try normalize(buffer)
        }
        return UTF16Text.string(normalized)
    }

    /// `true` when `units` are certainly already in this form (ICU's quick check says yes for
    /// all of them). The corresponding ICU function is `unorm2_spanQuickCheckYes`.
    public func isNormalized(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
        guard let base = units.baseAddress, !units.isEmpty else { return true }
        guard let limit = alwaysNormalizedBelow else { return icuQuickCheck(base, 0..<units.count) }
        // Code units below the limit are starters that never change or combine, so ICU only needs
        // to see the runs above it, each with the unit before it for context.
        var index = 0
        while index < units.count {
            index = CodeUnitScan.firstIndex(above: limit - 1, in: units, index..<units.count)
            guard index < units.count else { return true }
            let runEnd = CodeUnitScan.firstIndex(below: limit, in: units, index..<units.count)
            if !icuQuickCheck(base, max(index - 1, 0)..<runEnd) { return false }
            index = runEnd
        }
        return true
    }

    /// ICU's quick check alone over `range`, without the Latin fast path.
    func icuQuickCheck(_ base: UnsafePointer<UInt16>, _ range: Range<Int>) -> Bool {
        var status: Int32 = 0
        let span = icushim_norm_span_quick_check_yes(handle, base + range.lowerBound, Int32(range.count), &status)
        return status <= 0 && Int(span) == range.count
    }

    /// Units below this value are unchanged by the form and never combine with what follows:
    /// for NFC everything before the combining diacritics (U+0300), for NFKC and NFD only
    /// ASCII and, for NFD, Latin-1 letters without accents.
    private var alwaysNormalizedBelow: UInt16? {
        switch form {
        case .nfc: return 0x300
        case .nfd: return 0xC0
        case .nfkc, .nfkd: return 0xA0
        case .nfkcCasefold: return nil
        }
    }
}
