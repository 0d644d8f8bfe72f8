import ConcordText

extension AnchorExtractor.State {
    /// The translations of a word in the outgoing lexicons, and its headword for the incoming ones.
    mutating func addTranslations(of word: String, isHan: Bool, _ extractor: AnchorExtractor) {
        for lexicon in extractor.outgoing.indices {
            for translation in translationKeys(of: word, in: lexicon, extractor.outgoing[lexicon], isHan: isHan) {
                otherAnchors.append(anchors.keyId(Anchor(extractor.translationKind, translation)))
            }
        }
        // Glosses give headwords: an irregular form meets them by its own (`knew` ~ `to know`).
        let headword = IrregularForms.base(of: word, language: extractor.language) ?? word
        if !extractor.incoming.isEmpty, let key = Lexicon.key(Substring(headword)) { otherAnchors.append(anchors.keyId(Anchor(.translation, key))) }
    }

    /// A word's translations, through its headword for an inflected Latin-script word.
    ///
    /// Han words are cut by ICU's dictionary, which is not the lexicon's: a listed Han word
    /// also brings the first two glosses of each of its characters (classical Chinese reads
    /// characters as words), and a word the lexicon lacks is read as the longest listed words
    /// it is made of, left to right, down to single characters.
    mutating func translationKeys(of word: String, in index: Int, _ lexicon: Lexicon, isHan: Bool) -> [String] {
        let whole = lookUp(word, in: index, lexicon)
        if isHan, !whole.isEmpty, word.count >= 2 {
            return whole + word.flatMap { lookUp(String($0), in: index, lexicon).prefix(2) }
        }
        guard whole.isEmpty else { return whole }
        if !isHan {
            for form in InflectionRules.candidates(of: word, language: lexicon.headwordLanguage) {
                let keys = lookUp(form, in: index, lexicon)
                if !keys.isEmpty { return keys }
            }
            return []
        }
        guard word.count >= 2 else { return whole }
        let characters = Array(word)
        var keys: [String] = [], start = 0
        while start < characters.count {
            var end = characters.count
            while end > start + 1, lookUp(String(characters[start..<end]), in: index, lexicon).isEmpty { end -= 1 }
            keys += lookUp(String(characters[start..<end]), in: index, lexicon)
            start = end
        }
        return keys
    }

    /// A lexicon's translation keys of a word, remembered: the characters and parts of
    /// Chinese words are looked up again and again, and each lookup reads glosses.
    mutating func lookUp(_ word: String, in index: Int, _ lexicon: Lexicon) -> [String] {
        if lookedUp.count <= index { lookedUp.append(contentsOf: repeatElement([:], count: index + 1 - lookedUp.count)) }
        if let known = lookedUp[index][word] { return known }
        let keys = lexicon.translationKeys(of: word)
        lookedUp[index][word] = keys
        return keys
    }

    /// The most Han words a dictionary word cut apart by ICU is read across.
    static let longestSpan = 3

    /// The translations of the dictionary words that end with the last of `run` and span
    /// two or more of its words: ICU's dictionary is not the lexicon's, and cuts names it
    /// does not know into characters (所多玛, Sodom, read 所 + 多 + 玛).
    mutating func addSpanTranslations(_ run: [Int32], _ extractor: AnchorExtractor) {
        guard run.count >= 2 else { return }
        for start in 0..<(run.count - 1) {
            let span = AnchorExtractor.WordSpan(run[start...])
            if let known = spanAnchors[span] {
                anchorBuffer.append(contentsOf: known)
                continue
            }
            var ids: [Int32] = []
            let text = run[start...].map { anchors.words[Int($0)] }.joined()
            if text.count <= 5 {
                for lexicon in extractor.outgoing.indices {
                    for translation in lookUp(text, in: lexicon, extractor.outgoing[lexicon]) {
                        let id = anchors.keyId(Anchor(extractor.translationKind, translation))
                        if !ids.contains(id) { ids.append(id) }
                    }
                }
            }
            spanAnchors[span] = ids
            anchorBuffer.append(contentsOf: ids)
        }
    }
}
