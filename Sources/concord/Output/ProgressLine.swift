import Foundation

/// One self-rewriting line on standard error for long runs — only when standard error is a
/// terminal, so logs and pipes never see it.
final class ProgressLine {
    /// Inputs shorter than this finish too fast to need a progress line.
    static let minimumSegments = 5_000

    private let enabled: Bool
    private var shown = false

    init(enabled: Bool) {
        self.enabled = enabled && isatty(STDERR_FILENO) == 1
    }

    func show(_ message: String, fraction: Double) {
        guard enabled else { return }
        let line = "concord: \(message) (\(Int(fraction * 100)) %)"
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
        shown = true
    }

    func clear() {
        guard shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        shown = false
    }
}
