import ConcordText

extension AnchorExtractor.State {
    /// A Han word by its pinyin as a name (`王毅` → `wangyi`), with its sounds when made.
    mutating func addHanName(_ text: String, to entry: inout AnchorExtractor.WordEntry, _ extractor: AnchorExtractor) throws(ICUError) {
        entry.isHan = true
        entry.isOneHanCharacter = text.count == 1
        entry.word = anchors.wordId(text)
        if let romanized = try romanize(text, extractor.pinyin) {
            entry.name = anchors.keyId(Anchor(.name, romanized))
            if extractor.makesSounds { entry.sounds = sounds(romanized, pinyin: true) }
        }
    }

    /// A name's sounds across Han and Latin script (``TransliterationSkeleton``); `pinyin`:
    /// whether the name is the pinyin of Han characters.
    mutating func sounds(_ name: String, pinyin: Bool = false) -> AnchorExtractor.Sounds {
        AnchorExtractor.Sounds(
            skeleton: TransliterationSkeleton.of(name, pinyin: pinyin).map { anchors.keyId(Anchor(.soundSkeleton, $0)) },
            voweled: TransliterationSkeleton.withVowels(name, pinyin: pinyin).map { anchors.keyId(Anchor(.soundStart, $0)) })
    }

    /// The pinyin of a short Han word, syllables joined (`王毅` → `wangyi`), character by
    /// character from a cache: ICU's Han transform is slow, but a document has few distinct
    /// characters.
    mutating func romanize(_ word: String, _ pinyin: Transliterator?) throws(ICUError) -> String? {
        guard let pinyin, word.count <= 4 else { return nil }
        var result = ""
        for character in word {
            if let cached = pinyinCache[character] {
                result += cached
            } else {
                let latin = try pinyin.transform(String(character)).filter { $0.isLetter }.lowercased()
                pinyinCache[character] = latin
                result += latin
            }
        }
        return result.isEmpty ? nil : result
    }
}
