import ConcordAlign
import Foundation

/// The few lines on standard error after `concord align`: what was aligned, and a warning
/// when the two documents do not look like translations of each other.
struct AlignmentSummary {
    let alignment: Alignment
    let source: AlignmentSide
    let target: AlignmentSide

    func report() {
        let shapes = alignment.shapeCounts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        let omissions = alignment.omissions
        let segments = { (count: Int) in count == 1 ? "1 segment" : "\(count) segments" }
        Diagnostics.note("\(source.document.name) (\(source.language), \(segments(alignment.sourceCount))) ↔ "
                         + "\(target.document.name) (\(target.language), \(segments(alignment.targetCount)))")
        Diagnostics.note("beads: \(shapes); unaligned: \(omissions.source) source, \(omissions.target) target; "
                         + String(format: "mean confidence %.2f; anchor agreement %.2f (%.2f by chance)",
                                  alignment.meanConfidence, alignment.anchorAgreement, alignment.chanceAgreement))
        let paired = alignment.beads.filter { !$0.shape.isNull }.count
        let unalignedShare = Double(omissions.source + omissions.target) / Double(max(alignment.sourceCount + alignment.targetCount, 1))
        let weakAgreement = alignment.anchorAgreement < 0.4 || alignment.anchorAgreement < 3 * alignment.chanceAgreement
        if alignment.sourceCount > 0, alignment.targetCount > 0,
           weakAgreement || alignment.meanConfidence < 0.5 || unalignedShare > 0.4 || paired == 0 {
            Diagnostics.warning("these documents do not look like translations of each other "
                                + String(format: "(anchor agreement %.2f, mean confidence %.2f, %.0f%% of segments unaligned)",
                                         alignment.anchorAgreement, alignment.meanConfidence, unalignedShare * 100))
        }
    }
}
