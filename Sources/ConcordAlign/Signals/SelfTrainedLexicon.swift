/// Word translations learnt from the document pair itself, as Bleualign and hunalign bootstrap:
/// in the beads a first pass aligned one-to-one, a source word and a target word that keep
/// appearing together — Dice(s, t) = 2·C(s, t) / (C(s) + C(t)), each the other's best
/// partner — are taken for translations, and become anchors for the second pass.
struct SelfTrainedLexicon {
    /// Word pairs that were learnt, as (source word, target word).
    let pairs: [(source: String, target: String)]

    /// Beads sampled at most, evenly over the document, so that learning stays cheap on books.
    static let sampleLimit = 4_000
    static let minimumCooccurrence = 2
    static let minimumDice = 0.3

    init(beads: [(source: Int, target: Int)], sourceWords: [Set<String>], targetWords: [Set<String>]) {
        var sourceIds: [String: Int32] = [:], targetIds: [String: Int32] = [:]
        var sourceNames: [String] = [], targetNames: [String] = []
        func id(_ word: String, _ ids: inout [String: Int32], _ names: inout [String]) -> Int32 {
            if let known = ids[word] { return known }
            let new = Int32(names.count)
            ids[word] = new
            names.append(word)
            return new
        }
        // Words in more than a tenth of the sentences (the, de, 的) pair with everything and
        // carry little; words seen once cannot co-occur twice. Neither is counted.
        var frequency: [String: Int] = [:]
        for words in sourceWords { for word in words { frequency["s" + word, default: 0] += 1 } }
        for words in targetWords { for word in words { frequency["t" + word, default: 0] += 1 } }
        let sourceLimit = max(sourceWords.count / 10, 2), targetLimit = max(targetWords.count / 10, 2)
        let usefulSource = { (word: String) in (2...sourceLimit).contains(frequency["s" + word] ?? 0) }
        let usefulTarget = { (word: String) in (2...targetLimit).contains(frequency["t" + word] ?? 0) }
        let step = max(1, beads.count / Self.sampleLimit)
        var sourceCount: [Int32: Int] = [:], targetCount: [Int32: Int] = [:], together: [Int64: Int] = [:]
        for index in stride(from: 0, to: beads.count, by: step) {
            let bead = beads[index]
            // Sorted, so that ids (and ties between equal Dice scores) never depend on hash order.
            let source = sourceWords[bead.source].filter(usefulSource).sorted().map { id($0, &sourceIds, &sourceNames) }
            let target = targetWords[bead.target].filter(usefulTarget).sorted().map { id($0, &targetIds, &targetNames) }
            for word in source { sourceCount[word, default: 0] += 1 }
            for word in target { targetCount[word, default: 0] += 1 }
            for s in source {
                for t in target { together[Int64(s) << 32 | Int64(t), default: 0] += 1 }
            }
        }
        var bestForSource: [Int32: (target: Int32, dice: Double)] = [:]
        var bestForTarget: [Int32: (source: Int32, dice: Double)] = [:]
        for (key, count) in together where count >= Self.minimumCooccurrence {
            let s = Int32(key >> 32), t = Int32(truncatingIfNeeded: key)
            let dice = 2 * Double(count) / Double(sourceCount[s, default: 0] + targetCount[t, default: 0])
            guard dice >= Self.minimumDice else { continue }
            if Self.isBetter(dice, t, than: bestForSource[s].map { ($0.dice, $0.target) }) { bestForSource[s] = (t, dice) }
            if Self.isBetter(dice, s, than: bestForTarget[t].map { ($0.dice, $0.source) }) { bestForTarget[t] = (s, dice) }
        }
        pairs = bestForSource.compactMap { source, best in
            bestForTarget[best.target]?.source == source ? (sourceNames[Int(source)], targetNames[Int(best.target)]) : nil
        }.sorted { ($0.source, $0.target) < ($1.source, $1.target) }
    }

    /// A higher Dice wins; a tie goes to the word seen first, so that the lexicon never depends
    /// on the order a dictionary happens to iterate in.
    private static func isBetter(_ dice: Double, _ word: Int32, than current: (dice: Double, word: Int32)?) -> Bool {
        guard let current else { return true }
        return dice > current.dice || (dice == current.dice && word < current.word)
    }

    /// Adds an anchor `l:source|target` to each sentence holding a side of a learnt pair.
    func addAnchors(sourceWords: [Set<String>], targetWords: [Set<String>],
                    to sourceAnchors: inout [Set<String>], _ targetAnchors: inout [Set<String>]) {
        var bySource: [String: [String]] = [:], byTarget: [String: [String]] = [:]
        for pair in pairs {
            let key = "l:\(pair.source)|\(pair.target)"
            bySource[pair.source, default: []].append(key)
            byTarget[pair.target, default: []].append(key)
        }
        for index in sourceWords.indices {
            for word in sourceWords[index] { for key in bySource[word] ?? [] { sourceAnchors[index].insert(key) } }
        }
        for index in targetWords.indices {
            for word in targetWords[index] { for key in byTarget[word] ?? [] { targetAnchors[index].insert(key) } }
        }
    }
}
