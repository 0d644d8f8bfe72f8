extension AnchorExtractor.State {
    /// A Latin-script word's match key as a name, with its sounds when made.
    mutating func addLatinName(_ text: String, key: String, to entry: inout AnchorExtractor.WordEntry, _ extractor: AnchorExtractor) {
        entry.word = anchors.wordId(key)
        entry.name = anchors.keyId(Anchor(.name, key))
        if extractor.makesSounds { entry.sounds = sounds(key) }
        entry.isCapitalized = text.first?.isUppercase == true
        entry.hasInnerCapital = text.dropFirst().contains { $0.isUppercase }
    }

    /// `pinyin`: whether the words are Han words, read by their pinyin.
    mutating func bigram(_ first: Int32, _ second: Int32, sounds makesSounds: Bool, pinyin: Bool) -> (name: Int32, sounds: AnchorExtractor.Sounds) {
        let pair = Int64(first) << 32 | Int64(second)
        if let known = nameBigrams[pair] { return known }
        let joined = anchors.keys[Int(first)].payload + anchors.keys[Int(second)].payload
        let ids = (name: anchors.keyId(Anchor(.name, joined)), sounds: makesSounds ? sounds(joined, pinyin: pinyin) : AnchorExtractor.Sounds())
        nameBigrams[pair] = ids
        return ids
    }
}
