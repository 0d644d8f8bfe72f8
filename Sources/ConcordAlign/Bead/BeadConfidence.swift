import Foundation

/// How sure the aligner is of a bead, from 0 to 1, from two things it can check: how well the
/// sides' lengths fit the length model, and how many of their intrinsic anchors (numbers,
/// names, cognates: ``Aligner/similarity(_:_:_:_:)``) they share.
///
///     confidence = 0.4 · lengthFit + 0.6 · anchorAgreement     (both sides have anchors)
///     confidence = 0.6 · lengthFit                             (a side has none: less is known)
///     lengthFit  = exp(−lengthCost / 3)
///
/// A null bead (1-0, 0-1) has confidence 0. It is not a probability: it ranks beads for review,
/// and beads below about 0.5 are the ones worth a look.
struct BeadConfidence {
    let length: LengthModel

    /// The confidence of a bead of `sourceLength` and `targetLength` characters whose anchors
    /// agree by `agreement` (nil when a side has none).
    func of(sourceLength: Double, targetLength: Double, agreement: Double?) -> Double {
        let lengthFit = exp(-length.cost(source: sourceLength, target: targetLength) / 3)
        guard let agreement else { return 0.6 * lengthFit }
        return 0.4 * lengthFit + 0.6 * agreement
    }
}
