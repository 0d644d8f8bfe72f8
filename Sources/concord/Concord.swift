import ArgumentParser
import ConcordText

@main
struct Concord: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "concord",
        abstract: "Align, audit and keep the terms of English, French and Chinese texts.",
        discussion: """
            Examples:
              concord align Samples/commerce-ban/en.txt Samples/commerce-ban/zh.txt
              concord segment Samples/commerce-ban/zh.txt
              concord segment --format jsonl --lang fr Samples/commerce-ban/fr.txt
              concord audit Samples/noisy/en-mt.txt
              concord align --comparable Samples/commerce-ban/en.txt Samples/commerce-ban/comparable/fr-report.txt
              concord glossary export --format tbx --output glossary.tbx

            Exit status: 0 success; 1 findings (audit) or errors in the glossary (glossary \
            validate); 64 usage error; 65 bad input data (invalid UTF-8, binary, empty file, \
            unknown language, malformed glossary); 66 input not found or unreadable; 70 internal \
            (ICU) error; 73 output file could not be written.
            """,
        version: "concord \(version) (ICU \(ICUVersion.library), Unicode \(ICUVersion.unicode))",
        subcommands: [SegmentCommand.self, AlignCommand.self, AuditCommand.self, GlossaryCommand.self]
    )

    /// Parses and runs a command. A usage error is one line on standard error, with the help
    /// command to read, instead of ArgumentParser's block of error, help and usage lines.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        var command: any ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            // `--help` and `--version` come here too, as a clean exit that prints its text.
            guard exitCode(for: error) != .success else { exit(withError: error) }
            let message = message(for: error).split(separator: "\n").first.map(String.init) ?? "bad arguments"
            Diagnostics.error("\(message) (see '\(helpCommand(for: arguments)) --help')")
            exit(withError: ExitCode(exitCode(for: error).rawValue))
        }
        do {
            try command.run()
        } catch {
            exit(withError: error)
        }
    }

    /// `concord` and the subcommands named at the start of `arguments` (`concord glossary export`).
    private static func helpCommand(for arguments: [String]) -> String {
        var names = ["concord"]
        var commands = configuration.subcommands
        for word in arguments {
            guard let subcommand = commands.first(where: { $0._commandName == word }) else { break }
            names.append(word)
            commands = subcommand.configuration.subcommands
        }
        return names.joined(separator: " ")
    }
}
