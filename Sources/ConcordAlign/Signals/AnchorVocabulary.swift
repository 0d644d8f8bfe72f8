import Foundation

/// Turns the anchor keys of both documents into shared ids and weights. Only keys found on
/// both sides are kept — an anchor that cannot match only dilutes the others — and each weighs
/// its kind's weight times its rarity (inverse document frequency over the sentences of both).
enum AnchorVocabulary {
    /// The signal tables of both sides.
    static func tables(source: SideAnchors, target: SideAnchors, sourceLengths: [Double],
                       targetLengths: [Double]) -> (SignalTable, SignalTable) {
        let sourceFrequency = frequencies(source), targetFrequency = frequencies(target)
        let sentences = Double(source.sentences.count + target.sentences.count + 1)
        var shared: [(source: Int, target: Int, weight: Double, isIntrinsic: Bool)] = []
        for (sourceId, key) in source.keys.enumerated() where sourceFrequency[sourceId] > 0 {
            guard let targetId = target.existingKeyId(key).map(Int.init), targetFrequency[targetId] > 0,
                  let kind = AnchorKind(key: key) else { continue }
            let rarity = log(sentences / Double(sourceFrequency[sourceId] + targetFrequency[targetId])) / log(sentences)
            shared.append((sourceId, targetId, kind.weight * max(rarity, 0.05), kind == .number || kind == .word || kind == .cognate))
        }
        // Heaviest first, so that a sentence's sorted anchors start with its heaviest.
        let byWeight = shared.indices.sorted { (-shared[$0].weight, $0) < (-shared[$1].weight, $1) }
        var sharedOfSource = [Int32](repeating: -1, count: source.keys.count)
        var sharedOfTarget = [Int32](repeating: -1, count: target.keys.count)
        for (id, index) in byWeight.enumerated() {
            sharedOfSource[shared[index].source] = Int32(id)
            sharedOfTarget[shared[index].target] = Int32(id)
        }
        let weights = byWeight.map { shared[$0].weight }
        let intrinsic = byWeight.map { shared[$0].isIntrinsic }
        func table(_ side: SideAnchors, _ shared: [Int32], _ lengths: [Double]) -> SignalTable {
            var anchors: [[Int32]] = []
            var totals: [Double] = []
            anchors.reserveCapacity(side.sentences.count)
            totals.reserveCapacity(side.sentences.count)
            for keys in side.sentences {
                let found = keys.compactMap { shared[Int($0)] >= 0 ? shared[Int($0)] : nil }.sorted()
                anchors.append(found)
                totals.append(found.reduce(0) { $0 + weights[Int($1)] })
            }
            return SignalTable(lengths: lengths, anchors: anchors, anchorWeights: totals, vocabularyWeights: weights,
                               vocabularyIsIntrinsic: intrinsic)
        }
        return (table(source, sharedOfSource, sourceLengths), table(target, sharedOfTarget, targetLengths))
    }

    /// In how many sentences each key occurs.
    private static func frequencies(_ side: SideAnchors) -> [Int] {
        var counts = [Int](repeating: 0, count: side.keys.count)
        for keys in side.sentences { for key in keys { counts[Int(key)] += 1 } }
        return counts
    }
}
