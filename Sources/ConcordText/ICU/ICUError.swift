import CICUShim

/// A failure reported by ICU, with ICU's own name for it (`U_ILLEGAL_ARGUMENT_ERROR`, …).
public struct ICUError: Error, Sendable, Equatable, CustomStringConvertible {
    /// ICU's `UErrorCode` value (> 0).
    public let code: Int32
    /// What Concord was doing when ICU failed.
    public let operation: String

    init(code: Int32, operation: String) {
        self.code = code
        self.operation = operation
    }

    /// ICU's symbolic name of the code. The corresponding ICU function is `u_errorName`.
    public var name: String { String(cString: icushim_error_name(code)) }

    public var description: String { "ICU error \(name) while \(operation)" }
}

/// Warnings (negative codes) are not failures in ICU's convention.
@inline(__always)
func check(_ status: Int32, _ operation: @autoclosure () -> String) throws(ICUError) {
    if status > 0 { throw ICUError(code: status, operation: operation()) }
}

let icuBufferOverflow = Int32(ICUSHIM_BUFFER_OVERFLOW)

/// Runs an ICU call of the `(dest, capacity) -> neededLength` shape, growing the buffer once
/// when ICU reports that it was too small.
func withICUOutput<Unit>(
    initialCapacity: Int,
    operation: @autoclosure () -> String,
    _ call: (UnsafeMutablePointer<Unit>?, Int32, inout Int32) -> Int32
) throws(ICUError) -> [Unit] {
    var capacity = max(initialCapacity, 1)
    while true {
        var status: Int32 = 0
        var needed: Int32 = 0
        let output = [Unit](unsafeUninitializedCapacity: capacity) { buffer, count in
            needed = call(buffer.baseAddress, Int32(capacity), &status)
            count = status > 0 ? 0 : min(Int(needed), capacity)
        }
        if status == icuBufferOverflow, Int(needed) >= capacity {
            capacity = Int(needed) + 1
            continue
        }
        try check(status, operation())
        return output
    }
}
