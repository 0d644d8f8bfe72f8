import Foundation

/// Runs the built `concord` executable, as a user would.
struct ConcordProcess {
    struct Result {
        let status: Int32
        let standardOutput: String
        let standardError: String

        var errorLines: [Substring] { standardError.split(separator: "\n") }
    }

    static let executable: URL = {
        let candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
            + Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        return candidates.map { $0.appendingPathComponent("concord") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
            ?? URL(fileURLWithPath: ".build/debug/concord")
    }()

    /// - Parameter currentDirectory: the folder to run in (relative paths and `./Glossaries` are
    ///   taken from it); nil runs in the test's own current directory.
    ///   `environment` adds to or replaces variables of the test's environment.
    static func run(_ arguments: [String], input: Data? = nil, currentDirectory: URL? = nil, environment: [String: String] = [:]) throws -> Result {
        try run(program: executable.path, arguments, input: input, currentDirectory: currentDirectory, environment: environment)
    }

    /// The index cache of every test run: a key names each index, so runs can share it.
    static let indexCache = FileManager.default.temporaryDirectory.appendingPathComponent("concord-test-index-cache").path

    static func run(program: String, _ arguments: [String], input: Data? = nil, currentDirectory: URL? = nil,
                    environment overrides: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        // Dictionaries a user installed must not change what the tests see.
        var environment = ProcessInfo.processInfo.environment
        environment["CONCORD_LEXICONS"] = "/nonexistent/concord-test-lexicons"
        // Nor may the tests fill the user's index cache.
        environment["CONCORD_INDEX_CACHE"] = indexCache
        environment.merge(overrides) { $1 }
        process.environment = environment
        let output = Pipe(), error = Pipe(), standardInput = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = standardInput
        try process.run()
        if let input { standardInput.fileHandleForWriting.write(input) }
        try standardInput.fileHandleForWriting.close()
        // Read both pipes before waiting, so a large output cannot fill a pipe and block.
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      standardOutput: String(decoding: outputData, as: UTF8.self),
                      standardError: String(decoding: errorData, as: UTF8.self))
    }
}

/// A scratch folder removed when the test ends.
final class ScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("concord-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = url.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    func file(_ name: String, _ text: String) throws -> String { try file(name, Array(text.utf8)) }

    static let samples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Samples")
}
