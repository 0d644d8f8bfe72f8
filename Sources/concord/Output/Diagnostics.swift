import Foundation

/// The only place that writes messages for people: standard error, one line each.
enum Diagnostics {
    static func error(_ message: String) { write("concord: error: \(message)") }
    static func warning(_ message: String) { write("concord: warning: \(message)") }
    static func note(_ message: String) { write("concord: \(message)") }

    /// A line of a command's report on standard output (validation problems, findings).
    static func output(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    private static func write(_ line: String) {
        let flat = line.replacingOccurrences(of: "\n", with: " ")
        FileHandle.standardError.write(Data((flat + "\n").utf8))
    }
}
