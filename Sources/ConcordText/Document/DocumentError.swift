/// Why a document could not be read. Each description is one line that names the file.
public enum DocumentError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound(path: String)
    case isDirectory(path: String)
    case unreadable(path: String, reason: String)
    /// `line` is 1-based; `byteOffset` is the 0-based offset of the first bad byte in the file.
    case invalidUTF8(name: String, line: Int, byteOffset: Int)
    case binaryContent(name: String, line: Int, byteOffset: Int)
    case unsupportedEncoding(name: String, encoding: String)
    /// A UTF-16 file with an odd byte count or a lone surrogate at `byteOffset`.
    case invalidUTF16(name: String, byteOffset: Int)
    case tooLarge(name: String, bytes: Int, limit: Int)
    case empty(name: String)

    public var description: String {
        switch self {
        case .notFound(let path):
            return "\(path): no such file"
        case .isDirectory(let path):
            return "\(path): is a directory, not a text file"
        case .unreadable(let path, let reason):
            return "\(path): cannot be read: \(reason)"
        case .invalidUTF8(let name, let line, let byteOffset):
            return "\(name):\(line): invalid UTF-8 at byte offset \(byteOffset); "
                + "convert the file to UTF-8 first (e.g. iconv -f GB18030 -t UTF-8)"
        case .binaryContent(let name, let line, let byteOffset):
            return "\(name):\(line): binary content (NUL byte at byte offset \(byteOffset)); "
                + "expected a text file"
        case .unsupportedEncoding(let name, let encoding):
            return "\(name): \(encoding) is not supported; use UTF-8 or UTF-16 with a byte-order mark"
        case .invalidUTF16(let name, let byteOffset):
            return "\(name): invalid UTF-16 at byte offset \(byteOffset)"
        case .tooLarge(let name, let bytes, let limit):
            return "\(name): too large (\(bytes) bytes; the limit is \(limit) bytes)"
        case .empty(let name):
            return "\(name): the file is empty"
        }
    }
}
