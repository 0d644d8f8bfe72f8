/// Word translations learnt from the document pair itself, as Bleualign and hunalign bootstrap:
/// in the beads a first pass aligned one-to-one, a source word and a target word that keep
/// appearing together — Dice(s, t) = 2·C(s, t) / (C(s) + C(t)), each the other's best
/// partner — are taken for translations, and become anchors for the second pass.
struct SelfTrainedLexicon {
    /// Word pairs that were learnt, as word ids of the source and target ``SideAnchors``.
    let pairs: [(source: Int32, target: Int32)]

    /// Beads sampled at most, evenly over the document, so that learning stays cheap on books.
    static let sampleLimit = 4_000
    static let minimumCooccurrence = 2
    static let minimumDice = 0.3

    init(beads: [(source: Int, target: Int)], source: SideAnchors, target: SideAnchors) {
        // Words in more than a tenth of the sentences (the, de, 的) pair with everything and
        // carry little; words seen once cannot co-occur twice. Neither is counted.
        let usefulSource = Self.useful(source), usefulTarget = Self.useful(target)
        let step = max(1, beads.count / Self.sampleLimit)
        var sourceCount = [Int](repeating: 0, count: source.words.count)
        var targetCount = [Int](repeating: 0, count: target.words.count)
        // The sampled beads of each source word, bucketed by a counting sort: each word's
        // partners are then counted in one dense counter, reset after each word, instead of
        // sorting the million word pairs of a book.
        let sampled = Array(stride(from: 0, to: beads.count, by: step))
        for index in sampled {
            for word in target.sentenceWords[beads[index].target] where usefulTarget[Int(word)] { targetCount[Int(word)] += 1 }
            for word in source.sentenceWords[beads[index].source] where usefulSource[Int(word)] { sourceCount[Int(word)] += 1 }
        }
        var bucketStart = [Int](repeating: 0, count: source.words.count + 1)
        for word in sourceCount.indices { bucketStart[word + 1] = bucketStart[word] + sourceCount[word] }
        var next = bucketStart
        var beadsOfWord = [Int32](repeating: 0, count: bucketStart[source.words.count])
        for index in sampled {
            for word in source.sentenceWords[beads[index].source] where usefulSource[Int(word)] {
                beadsOfWord[next[Int(word)]] = Int32(index)
                next[Int(word)] += 1
            }
        }
        // Each word's best partner so far, by word id (-1: none yet).
        var bestForSource = [(word: Int32, dice: Double)](repeating: (-1, 0), count: source.words.count)
        var bestForTarget = [(word: Int32, dice: Double)](repeating: (-1, 0), count: target.words.count)
        // Co-occurrences of one source word with each target word, and which were touched.
        var together = [Int32](repeating: 0, count: target.words.count)
        var partners: [Int32] = []
        for word in sourceCount.indices where sourceCount[word] >= Self.minimumCooccurrence {
            let s = Int32(word)
            for index in beadsOfWord[bucketStart[word]..<bucketStart[word + 1]] {
                for t in target.sentenceWords[beads[Int(index)].target] where usefulTarget[Int(t)] {
                    if together[Int(t)] == 0 { partners.append(t) }
                    together[Int(t)] += 1
                }
            }
            for t in partners {
                let count = Int(together[Int(t)])
                together[Int(t)] = 0
                guard count >= Self.minimumCooccurrence else { continue }
                let dice = 2 * Double(count) / Double(sourceCount[word] + targetCount[Int(t)])
                guard dice >= Self.minimumDice else { continue }
                if Self.isBetter(dice, t, than: bestForSource[word]) { bestForSource[word] = (t, dice) }
                if Self.isBetter(dice, s, than: bestForTarget[Int(t)]) { bestForTarget[Int(t)] = (s, dice) }
            }
            partners.removeAll(keepingCapacity: true)
        }
        pairs = bestForSource.indices.compactMap { word in
            let t = bestForSource[word].word
            return t >= 0 && bestForTarget[Int(t)].word == Int32(word) ? (Int32(word), t) : nil
        }
    }

    /// Words in two sentences or more, but not in more than a tenth of them.
    private static func useful(_ side: SideAnchors) -> [Bool] {
        var frequency = [Int](repeating: 0, count: side.words.count)
        for words in side.sentenceWords { for word in words { frequency[Int(word)] += 1 } }
        let limit = max(side.sentenceWords.count / 10, 2)
        return frequency.map { (2...limit).contains($0) }
    }

    /// A higher Dice wins; a tie goes to the word seen first (the lower id), so that the
    /// lexicon never depends on the order candidates are met in.
    private static func isBetter(_ dice: Double, _ word: Int32, than current: (word: Int32, dice: Double)) -> Bool {
        current.word < 0 || dice > current.dice || (dice == current.dice && word < current.word)
    }

    /// Adds an anchor `l:source|target` to each sentence holding a side of a learnt pair.
    func addAnchors(to source: inout SideAnchors, _ target: inout SideAnchors) {
        var bySource = [[Int32]](repeating: [], count: source.words.count)
        var byTarget = [[Int32]](repeating: [], count: target.words.count)
        for pair in pairs {
            let key = Anchor(.learnt, "\(source.words[Int(pair.source)])|\(target.words[Int(pair.target)])")
            bySource[Int(pair.source)].append(source.keyId(key))
            byTarget[Int(pair.target)].append(target.keyId(key))
        }
        Self.add(bySource, to: &source)
        Self.add(byTarget, to: &target)
    }

    /// Each word is in one pair at most, so a sentence gets each key once.
    private static func add(_ keysOfWord: [[Int32]], to side: inout SideAnchors) {
        for index in side.sentences.indices {
            for word in side.sentenceWords[index] {
                let keys = keysOfWord[Int(word)]
                if side.recordsGroups {
                    // Each learnt anchor is evidence of its own, numbered by its position.
                    let first = Int32(side.sentences[index].count)
                    side.sentenceGroups[index].append(contentsOf: keys.indices.map { first + Int32($0) })
                }
                side.sentences[index].append(contentsOf: keys)
            }
        }
    }
}
