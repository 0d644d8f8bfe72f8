import ConcordGlossary
import ConcordText

/// One suspicious form in a document: where it is, what it should be, why the audit thinks so.
public struct Finding: Sendable, Hashable {
    /// The document's name (its path as given).
    public var file: String
    /// UTF-16 offsets of the form in the document.
    public var range: Range<Int>
    /// 1-based line and column (user-perceived characters) of the form's first character.
    public var position: TextPosition
    /// 1-based columns of the form counted in UTF-16 code units, as SARIF's `utf16CodeUnits` wants.
    public var utf16Columns: Range<Int>
    public var found: String
    /// The form the glossary recommends here.
    public var expected: String
    public var conceptID: String
    public var conceptLabel: String
    public var conceptType: ConceptType
    public var kind: FindingKind
    /// How sure the audit is, from 0 to 1; `--fix` rewrites findings of ``Finding/fixThreshold`` or more.
    public var confidence: Double
    /// What the audit matched, in words (`1 edit (e→i, vowels) from 'Pompeo'`, `'Pompeo' elsewhere in the document`).
    public var evidence: [String]

    /// Findings at least this sure are rewritten by `--fix`.
    public static let fixThreshold = 0.85

    /// `true` when `--fix` may rewrite the form.
    /// Notes (deprecated terms, inconsistent spellings) are choices for a person to make, not slips.
    public var isFixable: Bool { confidence >= Self.fixThreshold && kind.severity == "warning" && kind != .missingTranslation }

    /// The 1-based UTF-16 columns of a range that lies on one line.
    static func utf16Columns(of range: Range<Int>, in document: TextDocument) -> Range<Int> {
        let column = range.lowerBound - document.lines.starts[document.lines.line(containing: range.lowerBound)] + 1
        return column..<(column + range.count)
    }

    /// `'Pompio' looks like a misspelling of 'Pompeo' (person: Mike Pompeo)`.
    public var message: String {
        "'\(found)' \(kind.phrase) '\(expected)' (\(conceptType.rawValue): \(conceptLabel))"
    }
}
