import Foundation

/// Turns the anchor keys of both documents into ids and weights. Only keys found on both
/// sides are kept — an anchor that cannot match only dilutes the others — and each weighs its
/// kind's weight times its rarity (inverse document frequency over the sentences of both).
enum AnchorVocabulary {
    /// The signal tables of both sides.
    static func tables(source: [Set<String>], target: [Set<String>], sourceLengths: [Double],
                       targetLengths: [Double]) -> (SignalTable, SignalTable) {
        var sourceFrequency: [String: Int] = [:]
        var targetFrequency: [String: Int] = [:]
        for keys in source { for key in keys { sourceFrequency[key, default: 0] += 1 } }
        for keys in target { for key in keys { targetFrequency[key, default: 0] += 1 } }
        let sentences = Double(source.count + target.count + 1)
        var ids: [String: Int32] = [:]
        var weights: [Double] = []
        var intrinsic: [Bool] = []
        for (key, inSource) in sourceFrequency.sorted(by: { $0.key < $1.key }) {
            guard let inTarget = targetFrequency[key], let kind = AnchorKind(key: key) else { continue }
            ids[key] = Int32(weights.count)
            let rarity = log(sentences / Double(inSource + inTarget)) / log(sentences)
            weights.append(kind.weight * max(rarity, 0.05))
            intrinsic.append(kind == .number || kind == .word || kind == .cognate)
        }
        func table(_ sides: [Set<String>], _ lengths: [Double]) -> SignalTable {
            var anchors: [[Int32]] = []
            var totals: [Double] = []
            anchors.reserveCapacity(sides.count)
            for keys in sides {
                let found = keys.compactMap { ids[$0] }.sorted()
                anchors.append(found)
                totals.append(found.reduce(0) { $0 + weights[Int($1)] })
            }
            return SignalTable(lengths: lengths, anchors: anchors, anchorWeights: totals, vocabularyWeights: weights,
                               vocabularyIsIntrinsic: intrinsic)
        }
        return (table(source, sourceLengths), table(target, targetLengths))
    }
}
