/// The anchors and words of one side's sentences as small integers, each distinct anchor key
/// and word kept as a string once. Ids are given in order of first appearance, so they never
/// depend on hash order.
struct SideAnchors: Sendable {
    /// Anchor keys (`n:2020`, `w:pompeo`, …) by id.
    private(set) var keys: [String] = []
    private var keyIds: [String: Int32] = [:]
    /// Each sentence's anchor ids, distinct, in order of first appearance.
    var sentences: [[Int32]] = []
    /// Words (match keys of Latin-script words, Chinese words as written) by id.
    private(set) var words: [String] = []
    private var wordIds: [String: Int32] = [:]
    /// Each sentence's word ids, distinct, in order of first appearance.
    var sentenceWords: [[Int32]] = []
    /// For each key and word id, the last sentence it was kept for: repeats inside a sentence
    /// are dropped without sorting.
    private var keySeen: [Int32] = []
    private var wordSeen: [Int32] = []

    /// The id of an anchor key, given one when it is new.
    mutating func keyId(_ key: String) -> Int32 {
        if let known = keyIds[key] { return known }
        let id = Int32(keys.count)
        keyIds[key] = id
        keys.append(key)
        return id
    }

    /// The id of a key already seen, if it was.
    func existingKeyId(_ key: String) -> Int32? { keyIds[key] }

    /// The id of a word, given one when it is new.
    mutating func wordId(_ word: String) -> Int32 {
        if let known = wordIds[word] { return known }
        let id = Int32(words.count)
        wordIds[word] = id
        words.append(word)
        return id
    }

    /// Appends a sentence given its anchor and word ids in any order, with repeats.
    mutating func appendSentence(anchors: inout [Int32], words: inout [Int32]) {
        let sentence = Int32(sentences.count)
        sentences.append(Self.distinct(anchors, in: sentence, seen: &keySeen, count: keys.count))
        sentenceWords.append(Self.distinct(words, in: sentence, seen: &wordSeen, count: self.words.count))
        anchors.removeAll(keepingCapacity: true)
        words.removeAll(keepingCapacity: true)
    }

    private static func distinct(_ ids: [Int32], in sentence: Int32, seen: inout [Int32], count: Int) -> [Int32] {
        if seen.count < count { seen.append(contentsOf: repeatElement(-1, count: count - seen.count)) }
        var result: [Int32] = []
        result.reserveCapacity(ids.count)
        for id in ids where seen[Int(id)] != sentence {
            seen[Int(id)] = sentence
            result.append(id)
        }
        return result
    }

    /// The anchor keys of a sentence, as strings.
    func keys(ofSentence index: Int) -> Set<String> { Set(sentences[index].map { keys[Int($0)] }) }

    /// The words of a sentence, as strings.
    func words(ofSentence index: Int) -> Set<String> { Set(sentenceWords[index].map { words[Int($0)] }) }

    /// `ids` sorted, without repeats.
    static func sortedDistinct(_ ids: [Int32]) -> [Int32] {
        var result: [Int32] = []
        result.reserveCapacity(ids.count)
        for id in ids.sorted() where result.last != id { result.append(id) }
        return result
    }
}
