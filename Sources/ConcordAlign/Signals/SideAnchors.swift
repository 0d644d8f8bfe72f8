/// The anchors and words of one side's sentences as small integers, each distinct anchor key
/// and word kept as a string once. Ids are given in order of first appearance, so they never
/// depend on hash order.
struct SideAnchors: Sendable {
    /// Anchor keys (`n:2020`, `w:pompeo`, …) by id.
    private(set) var keys: [String] = []
    private var keyIds: [String: Int32] = [:]
    /// Each sentence's anchor ids, sorted and distinct.
    var sentences: [[Int32]] = []
    /// Words (match keys of Latin-script words, Chinese words as written) by id.
    private(set) var words: [String] = []
    private var wordIds: [String: Int32] = [:]
    /// Each sentence's word ids, sorted and distinct.
    var sentenceWords: [[Int32]] = []

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
        sentences.append(Self.distinct(&anchors))
        sentenceWords.append(Self.distinct(&words))
        anchors.removeAll(keepingCapacity: true)
        words.removeAll(keepingCapacity: true)
    }

    /// The anchor keys of a sentence, as strings.
    func keys(ofSentence index: Int) -> Set<String> { Set(sentences[index].map { keys[Int($0)] }) }

    /// The words of a sentence, as strings.
    func words(ofSentence index: Int) -> Set<String> { Set(sentenceWords[index].map { words[Int($0)] }) }

    static func distinct(_ ids: inout [Int32]) -> [Int32] {
        ids.sort()
        var result: [Int32] = []
        result.reserveCapacity(ids.count)
        for id in ids where result.last != id { result.append(id) }
        return result
    }
}
