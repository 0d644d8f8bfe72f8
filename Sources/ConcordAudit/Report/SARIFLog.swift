import Foundation

/// Findings as a SARIF 2.1.0 log (OASIS), the format code-review tools read: one rule per
/// finding kind, one result per finding with its region (UTF-16 columns, as declared in
/// `columnKind`) and, for fixable findings, the replacement as a `fix`.
public struct SARIFLog: Encodable, Sendable {
    let version = "2.1.0"
    let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    let runs: [Run]

    enum CodingKeys: String, CodingKey {
        case version, runs
        case schema = "$schema"
    }

    /// A log of one run of the audit.
    ///
    /// - Parameters:
    ///   - findings: what the audit found, in any order.
    ///   - toolVersion: Concord's version.
    public init(findings: [Finding], toolVersion: String) {
        let kinds = FindingKind.allCases
        let rules = kinds.map { kind in
            Rule(id: kind.rawValue, name: kind.ruleName,
                 shortDescription: Message(text: "A name that \(kind.phrase.trimmingCharacters(in: CharacterSet(charactersIn: ":"))) a glossary term."),
                 defaultConfiguration: Configuration(level: kind.severity))
        }
        let results = findings.map { finding in
            let location = ArtifactLocation(uri: Self.uri(finding.file))
            let region = Region(startLine: finding.position.line, startColumn: finding.utf16Columns.lowerBound,
                                endLine: finding.position.line, endColumn: finding.utf16Columns.upperBound,
                                snippet: Message(text: finding.found))
            let fixes = finding.isFixable ? [Fix(description: Message(text: "Replace '\(finding.found)' with '\(finding.expected)'."),
                                                 artifactChanges: [ArtifactChange(artifactLocation: location, replacements: [
                                                     Replacement(deletedRegion: region.withoutSnippet, insertedContent: Content(text: finding.expected)),
                                                 ])])] : nil
            return Result(ruleId: finding.kind.rawValue, ruleIndex: kinds.firstIndex(of: finding.kind)!,
                          level: finding.kind.severity,
                          message: Message(text: finding.message + " [" + finding.evidence.joined(separator: "; ") + "]"),
                          locations: [Location(physicalLocation: PhysicalLocation(artifactLocation: location, region: region))],
                          fixes: fixes,
                          properties: Properties(confidence: finding.confidence, concept: finding.conceptID,
                                                 expected: finding.expected, evidence: finding.evidence))
        }
        runs = [Run(tool: Tool(driver: Driver(name: "concord", version: toolVersion, rules: rules)),
                    results: results, columnKind: "utf16CodeUnits")]
    }

    /// A file path as a URI reference: relative paths percent-encoded with `/`, absolute ones as `file://` URIs.
    static func uri(_ path: String) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        allowed.insert(charactersIn: "-._~/")
        let encoded = path.replacingOccurrences(of: "\\", with: "/").addingPercentEncoding(withAllowedCharacters: allowed) ?? path
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }

    struct Run: Encodable {
        let tool: Tool
        let results: [Result]
        let columnKind: String
    }
    struct Tool: Encodable { let driver: Driver }
    struct Driver: Encodable {
        let name: String
        let version: String
        let rules: [Rule]
    }
    struct Rule: Encodable {
        let id: String
        let name: String
        let shortDescription: Message
        let defaultConfiguration: Configuration
    }
    struct Configuration: Encodable { let level: String }
    struct Message: Encodable { let text: String }
    struct Content: Encodable { let text: String }
    struct Result: Encodable {
        let ruleId: String
        let ruleIndex: Int
        let level: String
        let message: Message
        let locations: [Location]
        let fixes: [Fix]?
        let properties: Properties
    }
    struct Location: Encodable { let physicalLocation: PhysicalLocation }
    struct PhysicalLocation: Encodable {
        let artifactLocation: ArtifactLocation
        let region: Region
    }
    struct ArtifactLocation: Encodable { let uri: String }
    struct Region: Encodable {
        let startLine: Int
        let startColumn: Int
        let endLine: Int
        let endColumn: Int
        let snippet: Message?
        var withoutSnippet: Region { Region(startLine: startLine, startColumn: startColumn, endLine: endLine, endColumn: endColumn, snippet: nil) }
    }
    struct Fix: Encodable {
        let description: Message
        let artifactChanges: [ArtifactChange]
    }
    struct ArtifactChange: Encodable {
        let artifactLocation: ArtifactLocation
        let replacements: [Replacement]
    }
    struct Replacement: Encodable {
        let deletedRegion: Region
        let insertedContent: Content
    }
    struct Properties: Encodable {
        let confidence: Double
        let concept: String
        let expected: String
        let evidence: [String]
    }
}

extension FindingKind {
    /// The rule name SARIF viewers show (`KnownMisspelling`).
    var ruleName: String {
        rawValue.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
