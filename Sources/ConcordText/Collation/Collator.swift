import CICUShim

/// ICU collation: orders terms the way a dictionary of their language does (`é` beside `e` in
/// French, Chinese by pinyin), so exported glossaries sort the same on every machine.
///
/// The corresponding ICU functions are `ucol_open` and `ucol_getSortKey`.
public final class Collator {
    private let handle: OpaquePointer

    /// A collator for an ICU locale (`en`, `fr`, `zh`, `zh-Hant`; `""` for the root order).
    public init(locale: String) throws(ICUError) {
        var status: Int32 = 0
        guard let handle = icushim_coll_open(locale, &status) else {
            throw ICUError(code: max(status, 1), operation: "opening the collator for '\(locale)'")
        }
        self.handle = handle
    }

    deinit { icushim_coll_close(handle) }

    /// The sort key of `text`: comparing two keys byte by byte orders their texts.
    public func sortKey(_ text: String) -> [UInt8] {
        let units = Array(text.utf16)
        return units.withUnsafeBufferPointer { source in
            var capacity = source.count * 4 + 16
            while true {
                var needed: Int32 = 0
                let key = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                    needed = icushim_coll_sort_key(handle, source.baseAddress, Int32(source.count),
                                                   buffer.baseAddress, Int32(capacity))
                    count = Int(needed) <= capacity ? Int(needed) : 0
                }
                if Int(needed) <= capacity { return key }
                capacity = Int(needed)
            }
        }
    }
}
