import ConcordText

/// Rewrites the fixable findings of a document: each found form replaced by the expected one.
public enum TextFixer {
    /// The document's text with the fixes applied, and the findings that were applied (those
    /// of ``Finding/isFixable``, the first of any overlapping ones), in text order.
    public static func apply(_ findings: [Finding], to document: TextDocument) -> (units: [UInt16], applied: [Finding]) {
        var applied: [Finding] = []
        for finding in findings.filter(\.isFixable).sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            guard finding.found != finding.expected else { continue }
            if let last = applied.last, last.range.upperBound > finding.range.lowerBound { continue }
            applied.append(finding)
        }
        var units = document.units
        for finding in applied.reversed() {
            units.replaceSubrange(finding.range, with: finding.expected.utf16)
        }
        return (units, applied)
    }
}
