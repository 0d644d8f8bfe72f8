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

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case lines, jsonl
    }

    @Argument(help: ArgumentHelp("The text file to split (UTF-8, or UTF-16 with a BOM); '-' reads standard input.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("Language: en, fr, zh (or another ISO 639-1 code), or auto.", valueName: "lang"))
    var lang: LanguageChoice = .auto

    @Option(name: .long, help: "Output format: lines or jsonl.")
    var format: Format = .lines

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
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for segment in segments {
                switch format {
                case .lines:
                    sink.writeLine(segment.text)
                case .jsonl:
                    let line = try encoder.encode(SegmentRecord(segment, language: language))
                    sink.writeLine(String(decoding: line, as: UTF8.self))
                }
            }
            try sink.finish()
        }
    }
}

/// One JSON Lines object of `concord segment --format jsonl`.
struct SegmentRecord: Encodable {
    let index: Int
    let text: String
    let language: String
    let paragraph: Int
    let startLine: Int
    let startColumn: Int
    let endLine: Int
    let endColumn: Int

    init(_ segment: Segment, language: Language) {
        index = segment.index
        text = segment.text
        self.language = language.code
        paragraph = segment.paragraph
        startLine = segment.start.line
        startColumn = segment.start.column
        endLine = segment.end.line
        endColumn = segment.end.column
    }

    enum CodingKeys: String, CodingKey {
        case index, text, language, paragraph
        case startLine = "start_line", startColumn = "start_column"
        case endLine = "end_line", endColumn = "end_column"
    }
}
