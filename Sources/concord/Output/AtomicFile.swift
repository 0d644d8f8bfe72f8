import Foundation

/// Writes a file completely or not at all: the bytes go to a temporary file in the same
/// folder, which is then renamed over the destination.
enum AtomicFile {
    /// - Parameter overwrite: when false, an existing file at `path` is an error and is left
    ///   untouched.
    static func write(_ bytes: [UInt8], to path: String, overwrite: Bool) throws(OutputError) {
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw OutputError(path: path, reason: "is a directory") }
            if !overwrite { throw OutputError(path: path, reason: "file exists (use --force to replace it)") }
        }
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        do {
            try Data(bytes).write(to: temporary, options: [.withoutOverwriting])
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw OutputError(path: path, reason: (error as NSError).localizedDescription)
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw OutputError(path: path, reason: reason)
        }
    }
}
