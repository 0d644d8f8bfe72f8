import ArgumentParser

/// Where a command writes its result.
struct OutputOptions: ParsableArguments {
    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(name: .long, help: "Replace the --output file if it exists.")
    var force = false

    func validate() throws {
        if force && output == nil { throw ValidationError("'--force' only makes sense with '--output'") }
    }
}
