import ArgumentParser
import ConcordText
import Foundation

/// `concord segment`'s output formats.
enum SegmentFormat: String, ExpressibleByArgument, CaseIterable {
    case lines, jsonl
}

/// Writes segments one per line, or as JSON Lines with their positions.
struct SegmentWriter {
    let format: SegmentFormat
    let language: Language

    func write(_ segments: [Segment], to sink: OutputSink) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for segment in segments {
            switch format {
            case .lines: sink.writeLine(segment.text)
            case .jsonl: sink.writeLine(String(decoding: try encoder.encode(SegmentRecord(segment, language: language)), as: UTF8.self))
            }
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
