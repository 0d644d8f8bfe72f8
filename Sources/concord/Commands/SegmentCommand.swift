import ArgumentParser
import ConcordText
import Foundation

struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Split a document into sentences, one per line or as JSON Lines.",
        discussion: """
            Blank lines and headlines are hard boundaries; lines of a hard-wrapped paragraph are \
            joined. Positions in JSON Lines are 1-based lines and columns (user-perceived \
            characters) of the original file; `end` is just past the last character.

            Examples:
              concord segment Samples/commerce-ban/en.txt
              concord segment --lang zh --format jsonl Samples/commerce-ban/zh.txt
              cat article.txt | concord segment -
            """
    )

    @Argument(help: ArgumentHelp("The text file to split (UTF-8, or UTF-16 with a BOM); '-' reads standard input.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("Language: en, fr, zh (or another ISO 639-1 code), or auto.", valueName: "lang"))
    var lang: LanguageChoice = .auto

    @Option(name: .long, help: "Output format: lines or jsonl.")
    var format: SegmentFormat = .lines

    @Flag(name: .long, help: "The input already has one segment per line; keep its lines as they are.")
    var presegmented = false

    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        try reportingFailures {
            let document = try TextDocument.read(path: file)
            guard !document.units.isEmpty else { throw DocumentError.empty(name: document.name) }
            let language = try lang.resolve(for: document)
            let segmenter = try Segmenter(language: language)
            let segments = presegmented ? segmenter.lineSegments(of: document) : try segmenter.segments(of: document)
            if document.isBlank { Diagnostics.warning("\(document.name): only white space; no sentences") }
            let sink = OutputSink(options: outputOptions)
            try SegmentWriter(format: format, language: language).write(segments, to: sink)
            try sink.finish()
        }
    }
}
