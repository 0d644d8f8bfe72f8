import Foundation

/// Collects a command's output and delivers it to standard output (in chunks, as it grows) or,
/// with `--output`, to a file written atomically at the end so no half file is ever left.
final class OutputSink {
    private let path: String?
    private let overwrite: Bool
    private var buffer: [UInt8] = []
    private static let flushSize = 1 << 16

    init(options: OutputOptions) {
        path = options.output
        overwrite = options.force
    }

    func writeLine(_ line: String) {
        buffer.append(contentsOf: line.utf8)
        buffer.append(0x0A)
        if path == nil, buffer.count >= Self.flushSize { flushStandardOutput() }
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if path == nil, buffer.count >= Self.flushSize { flushStandardOutput() }
    }

    /// Delivers what is left. Without this call nothing reaches a file.
    func finish() throws(OutputError) {
        if let path {
            try AtomicFile.write(buffer, to: path, overwrite: overwrite)
        } else {
            flushStandardOutput()
        }
    }

    private func flushStandardOutput() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
