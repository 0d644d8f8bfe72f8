import CICUShim

/// Versions of the ICU library Concord runs on.
public enum ICUVersion {
    /// The ICU release, e.g. `72.1`. The corresponding ICU function is `u_getVersion`.
    public static var library: String { read(icushim_version) }
    /// The Unicode version of ICU's data, e.g. `15.0`. The corresponding ICU function is
    /// `u_getUnicodeVersion`.
    public static var unicode: String { read(icushim_unicode_version) }

    private static func read(_ fill: (UnsafeMutablePointer<CChar>?, Int32) -> Void) -> String {
        var buffer = [CChar](repeating: 0, count: 32)
        buffer.withUnsafeMutableBufferPointer { fill($0.baseAddress, Int32($0.count)) }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
