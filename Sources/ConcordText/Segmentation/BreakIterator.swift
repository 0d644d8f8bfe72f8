import CICUShim

/// Owns one ICU break iterator. Not thread-safe (ICU iterators keep state); make one per
/// thread.
final class BreakIterator {
    enum Kind: Int32 {
        case character = 0, word, line, sentence
    }

    let kind: Kind
    let locale: String
    private let handle: OpaquePointer

    init(_ kind: Kind, locale: String) throws(ICUError) {
        var status: Int32 = 0
        guard let handle = icushim_brk_open(kind.rawValue, locale, &status) else {
            throw ICUError(code: max(status, 1), operation: "opening the \(kind) break iterator for \(locale)")
        }
        self.kind = kind
        self.locale = locale
        self.handle = handle
    }

    private init(kind: Kind, locale: String, handle: OpaquePointer) {
        self.kind = kind
        self.locale = locale
        self.handle = handle
    }

    deinit { icushim_brk_close(handle) }

    /// An independent copy with the same rules.
    func copy() throws(ICUError) -> BreakIterator {
        var status: Int32 = 0
        guard let copy = icushim_brk_clone(handle, &status) else {
            throw ICUError(code: max(status, 1), operation: "copying the \(kind) break iterator")
        }
        return BreakIterator(kind: kind, locale: locale, handle: copy)
    }

    /// Calls `visit(boundary, ruleStatus)` for each boundary after the start of `text`.
    /// ICU keeps a pointer to the text, so the walk happens inside this call.
    func forEachBoundary(in text: UnsafeBufferPointer<UInt16>,
                         _ visit: (Int, Int32) -> Void) throws(ICUError) {
        guard !text.isEmpty else { return }
        var status: Int32 = 0
        icushim_brk_set_text(handle, text.baseAddress, Int32(text.count), &status)
        try check(status, "setting the text of the \(kind) break iterator")
        _ = icushim_brk_first(handle)
        while true {
            let boundary = icushim_brk_next(handle)
            if boundary < 0 { break }
            visit(Int(boundary), kind == .word ? icushim_brk_rule_status(handle) : 0)
        }
    }
}
