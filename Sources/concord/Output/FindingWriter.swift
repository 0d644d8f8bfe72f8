import ArgumentParser
import ConcordAudit
import Foundation

/// `concord audit`'s output formats.
enum FindingFormat: String, ExpressibleByArgument, CaseIterable {
    case text, jsonl, sarif
}

/// Writes audit findings: compiler-style lines, JSON Lines, or one SARIF log.
struct FindingWriter {
    let format: FindingFormat

    func write(_ findings: [Finding], to sink: OutputSink) throws {
        let encoder = JSONEncoder()
        switch format {
        case .text:
            for finding in findings {
                sink.writeLine("\(finding.file):\(finding.position.line):\(finding.position.column): \(finding.kind.severity): \(finding.message) [\(finding.kind.rawValue), \(String(format: "%.2f", finding.confidence)): \(finding.evidence.joined(separator: "; "))]")
            }
        case .jsonl:
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for finding in findings {
                sink.writeLine(String(decoding: try encoder.encode(FindingRecord(finding)), as: UTF8.self))
            }
        case .sarif:
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            sink.writeLine(String(decoding: try encoder.encode(SARIFLog(findings: findings, toolVersion: Concord.version)), as: UTF8.self))
        }
    }
}
