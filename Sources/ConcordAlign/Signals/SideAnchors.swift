/// The anchors and words of one side's sentences as small integers, each distinct anchor and
/// word kept once. Ids are given in order of first appearance, so they never
/// depend on hash order.
struct SideAnchors: Sendable {
    private var keyNumbers = Numbering<Anchor>()
    private var wordNumbers = Numbering<String>()
    /// Each sentence's anchor ids, distinct, in order of first appearance.
    var sentences: [[Int32]] = []
    /// Each sentence's word ids, distinct, in order of first appearance.
    var sentenceWords: [[Int32]] = []
    /// When ``recordsGroups``, each sentence's anchors numbered by the word that gave them,
    /// parallel to ``sentences``: the translations and stem of one word share a number, every
    /// other anchor has its own; numbers are positions in the sentence's anchors, so below
    /// their count. A word is one piece of evidence however many glosses it has.
    var sentenceGroups: [[Int32]] = []
    var recordsGroups = false
    /// For each key and word id, the last sentence it was kept for: repeats inside a sentence
    /// are dropped without sorting.
    private var keySeen: [Int32] = []
    private var wordSeen: [Int32] = []

    /// Anchors (`n:2020`, `w:pompeo`, …) by id.
    var keys: [Anchor] { keyNumbers.values }
    /// Words (match keys of Latin-script words, Chinese words as written) by id.
    var words: [String] { wordNumbers.values }

    /// The id of an anchor, given one when it is new.
    mutating func keyId(_ key: Anchor) -> Int32 { keyNumbers.id(key) }

    /// The id of an anchor already seen, if it was.
    func existingKeyId(_ key: Anchor) -> Int32? { keyNumbers.existingId(key) }

    /// The id of a word, given one when it is new.
    mutating func wordId(_ word: String) -> Int32 { wordNumbers.id(word) }

    /// Values numbered in order of first appearance.
    private struct Numbering<Value: Hashable & Sendable>: Sendable {
        private(set) var values: [Value] = []
        private var ids: [Value: Int32] = [:]

        mutating func id(_ value: Value) -> Int32 {
            if let known = ids[value] { return known }
            let id = Int32(values.count)
            ids[value] = id
            values.append(value)
            return id
        }

        func existingId(_ value: Value) -> Int32? { ids[value] }
    }

    /// Appends a sentence given its anchor and word ids in any order, with repeats, and the
    /// ranges of `anchors` that came from one word.
    mutating func appendSentence(anchors: inout [Int32], words: inout [Int32], wordRanges: inout [Range<Int>]) {
        let sentence = Int32(sentences.count)
        if recordsGroups {
            // Each anchor's word, as the index of the word's first anchor in `anchors`, then as
            // the position of the word's first kept anchor.
            var wordOf = anchors.indices.map { $0 }
            for range in wordRanges { for index in range { wordOf[index] = range.lowerBound } }
            var keptGroups: [Int32] = []
            var positionOfWord = [Int32](repeating: -1, count: anchors.count)
            sentences.append(Self.distinct(anchors, in: sentence, seen: &keySeen, count: keys.count) { index in
                if positionOfWord[wordOf[index]] < 0 { positionOfWord[wordOf[index]] = Int32(keptGroups.count) }
                keptGroups.append(positionOfWord[wordOf[index]])
            })
            sentenceGroups.append(keptGroups)
        } else {
            sentences.append(Self.distinct(anchors, in: sentence, seen: &keySeen, count: keys.count))
        }
        wordRanges.removeAll(keepingCapacity: true)
        sentenceWords.append(Self.distinct(words, in: sentence, seen: &wordSeen, count: self.words.count))
        anchors.removeAll(keepingCapacity: true)
        words.removeAll(keepingCapacity: true)
    }

    /// `ids` without repeats, in their order; `kept` is told the position in `ids` of each one kept.
    private static func distinct(_ ids: [Int32], in sentence: Int32, seen: inout [Int32], count: Int,
                                 kept: (Int) -> Void = { _ in }) -> [Int32] {
        if seen.count < count { seen.append(contentsOf: repeatElement(-1, count: count - seen.count)) }
        var result: [Int32] = []
        result.reserveCapacity(ids.count)
        for (index, id) in ids.enumerated() where seen[Int(id)] != sentence {
            seen[Int(id)] = sentence
            kept(index)
            result.append(id)
        }
        return result
    }

    /// The anchors of a sentence with their ``sentenceGroups`` numbers.
    func groupedKeys(ofSentence index: Int) -> [GroupedKey] {
        zip(sentences[index], sentenceGroups[index]).map { (keys[Int($0)], $1) }
    }

    /// `ids` sorted, without repeats.
    static func sortedDistinct(_ ids: [Int32]) -> [Int32] {
        var result: [Int32] = []
        result.reserveCapacity(ids.count)
        for id in ids.sorted() where result.last != id { result.append(id) }
        return result
    }
}
