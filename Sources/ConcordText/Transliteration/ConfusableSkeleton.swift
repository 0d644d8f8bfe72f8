import CICUShim

/// ICU's confusable skeletons (UTS #39): two strings that look alike have the same skeleton,
/// so `Pompeo` with a Cyrillic `о` matches `Pompeo`.
///
/// The corresponding ICU function is `uspoof_getSkeleton`.
public final class ConfusableSkeleton {
    private let handle: OpaquePointer

    public init() throws(ICUError) {
        var status: Int32 = 0
        guard let handle = icushim_spoof_open(&status) else {
            throw ICUError(code: max(status, 1), operation: "opening the confusable checker")
        }
        self.handle = handle
    }

    deinit { icushim_spoof_close(handle) }

    /// The skeleton of `text`.
    public func skeleton(_ text: String) throws(ICUError) -> String {
        let units = Array(text.utf16)
        let result = try units.withUnsafeBufferPointer { (source) throws(ICUError) -> [UInt16] in
            try withICUOutput(initialCapacity: source.count * 2 + 8,
                              operation: "computing a confusable skeleton") { dest, capacity, status in
                icushim_spoof_skeleton(handle, source.baseAddress, Int32(source.count), dest, capacity, &status)
            }
        }
        return UTF16Text.string(result)
    }

    /// `true` when `a` and `b` look the same (have the same skeleton).
    public func areConfusable(_ a: String, _ b: String) throws(ICUError) -> Bool {
        try skeleton(a) == skeleton(b)
    }
}
