/// Why a lexicon file could not be read: one line naming the file and, where
/// known, the line.
public struct DataFileError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let line: Int?
    public let reason: String

    public var description: String {
        if let line { return "\(path):\(line): \(reason)" }
        return "\(path): \(reason)"
    }
}
