import ArgumentParser
import ConcordAlign
import ConcordText
import Foundation

/// `concord align`'s output formats.
enum AlignmentFormat: String, ExpressibleByArgument, CaseIterable {
    case beads, tsv, jsonl, tmx
}

/// Writes an alignment in one of `concord align`'s output formats.
struct AlignmentWriter {
    let source: AlignmentSide
    let target: AlignmentSide
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    func write(_ alignment: Alignment, format: AlignmentFormat, to sink: OutputSink) throws {
        if format == .tmx {
            let tmx = TMXWriter(sourceLanguage: source.language, targetLanguage: target.language, toolVersion: Concord.version)
            sink.write(tmx.document(beads: alignment.beads) { (source.joinedText($0.source), target.joinedText($0.target)) })
            return
        }
        for bead in alignment.beads { sink.writeLine(try line(for: bead, format: format)) }
    }

    /// A bead as a line of the formats written one line per bead (not TMX).
    private func line(for bead: Bead, format: AlignmentFormat) throws -> String {
        switch format {
        case .tmx:
            preconditionFailure("TMX is one document, not a line per bead")
        case .beads:
            return "[\(bead.source.map(String.init).joined(separator: ","))]:[\(bead.target.map(String.init).joined(separator: ","))]"
        case .tsv:
            return [source.joinedText(bead.source), target.joinedText(bead.target), bead.shape.description,
                    String(format: "%.3f", bead.confidence)].map(Self.tsvField).joined(separator: "\t")
        case .jsonl:
            let record = BeadRecord(bead: bead, source: source, target: target)
            return String(decoding: try encoder.encode(record), as: UTF8.self)
        }
    }

    /// Tabs and line ends cannot occur in a TSV field; segment texts never hold line ends, but a
    /// tab may survive in pre-segmented input.
    /// One pass over the bytes, and none at all for the usual field without them: Foundation's
    /// `replacingOccurrences` took most of the time of writing 200,000 beads.
    private static func tsvField(_ text: String) -> String {
        let isBreak = { (byte: UInt8) in byte == 0x09 || byte == 0x0A || byte == 0x0D }
        guard text.utf8.contains(where: isBreak) else { return text }
        return String(decoding: text.utf8.map { isBreak($0) ? 0x20 : $0 }, as: UTF8.self)
    }
}

/// One JSON Lines object of `concord align --format jsonl`.
private struct BeadRecord: Encodable {
    struct Side: Encodable {
        let indices: [Int]
        let text: String
        let start: TextPosition?
        let end: TextPosition?
    }

    let source: Side
    let target: Side
    let shape: String
    let confidence: Double

    init(bead: Bead, source: AlignmentSide, target: AlignmentSide) {
        func side(_ range: Range<Int>, _ document: AlignmentSide) -> Side {
            Side(indices: Array(range), text: document.joinedText(range),
                 start: range.isEmpty ? nil : document.segments[range.lowerBound].start,
                 end: range.isEmpty ? nil : document.segments[range.upperBound - 1].end)
        }
        self.source = side(bead.source, source)
        self.target = side(bead.target, target)
        shape = bead.shape.description
        confidence = (bead.confidence * 1000).rounded() / 1000
    }
}
