import Foundation

/// Timing and memory, the same way in every benchmark.
enum Measurement {
    /// The fastest of `runs` timed runs, after one untimed run that warms caches and memory
    /// (none when a single run is asked for: some work is only done once).
    static func best(of runs: Int, _ body: () throws -> Void) throws -> Double {
        if runs > 1 { try body() }
        var fastest = Double.infinity
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            fastest = min(fastest, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return fastest
    }

    /// The process's peak resident memory so far, in MB.
    static func peakMemoryMB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// Runs this benchmark again with `arguments` in a fresh process and waits for it, so the
    /// measurement's peak memory is its own.
    static func inChildProcess(_ arguments: [String]) {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        child.arguments = arguments
        do {
            try child.run()
            child.waitUntilExit()
        } catch {
            emit("cannot start the measurement \(arguments.joined(separator: " ")): \(error)")
        }
    }
}
