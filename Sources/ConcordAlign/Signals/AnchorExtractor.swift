import ConcordText

/// Finds the lexical anchors of sentences in one language, as keys that are equal across
/// languages when the anchors correspond: numbers and dates by value, names by their match key
/// (`Pompéo` → `w:pompeo`), Han words by their pinyin (`王毅` → `w:wangyi`), and for two
/// Latin-script languages, cognates by their first four letters.
///
/// Sentences are appended to ``anchors``, where keys and words are interned: what a word
/// contributes is worked out once per distinct word, not once per occurrence.
final class AnchorExtractor {
    private let language: Language
    /// Every word is a name candidate in a language written without capitals.
    private let isUnspaced: Bool
    private let pairIsLatin: Bool
    private let isCrossScript: Bool
    private let numbers: NumberScanner
    private let wordBreaker: WordBreaker
    private let keys: MatchKeyMaker
    private let pinyin: Transliterator?
    /// Lexicons from this language into the other, and from the other into this one.
    private let outgoing: [Lexicon]
    private let incoming: [Lexicon]
    private let glossary: GlossaryTerms?
    /// Everything that changes as sentences are read, in one value, so that a sentence is
    /// analysed with one access to it rather than one per word.
    private var state: State

    init(language: Language, otherLanguage: Language, lexicons: [Lexicon] = [], glossary: GlossaryTerms? = nil) throws(ICUError) {
        self.glossary = glossary
        self.language = language
        isUnspaced = language.isUnspaced
        pairIsLatin = !language.isUnspaced && !otherLanguage.isUnspaced
        isCrossScript = language.isUnspaced != otherLanguage.isUnspaced
        outgoing = lexicons.filter { $0.headwordLanguage == language && $0.translationLanguage == otherLanguage }
        incoming = lexicons.filter { $0.headwordLanguage == otherLanguage && $0.translationLanguage == language }
        numbers = NumberScanner(language: language)
        wordBreaker = try WordBreaker(language: language)
        keys = try MatchKeyMaker()
        pinyin = Self.makesPinyin(language, otherLanguage) ? try Transliterator(id: Transliterator.hanToLatinNames) : nil
        state = State()
    }

    /// Pinyin is only worth making when Chinese meets a Latin-script language.
    private static func makesPinyin(_ language: Language, _ otherLanguage: Language) -> Bool {
        language.code == "zh" && !otherLanguage.isUnspaced
    }

    /// Opens once what the extractors of `language` will open, so that ICU has compiled it
    /// when they do: Han-to-pinyin rules take about 0.15 s to compile, Chinese word breaking
    /// loads its dictionary on first use. ICU keeps both for the life of the process.
    static func prepare(language: Language, otherLanguage: Language) throws(ICUError) {
        if makesPinyin(language, otherLanguage) {
            _ = try Transliterator(id: Transliterator.hanToLatinNames)
        }
        if language.isUnspaced {
            let sample = Array("中文".utf16)
            try sample.withUnsafeBufferPointer { (units) throws(ICUError) in
                try WordBreaker(language: language).forEachToken(in: units) { _, _ in }
            }
        }
    }

    /// The sentences analysed so far.
    var anchors: SideAnchors { state.anchors }

    /// Whether dictionary words spanning two or three of ICU's Han words are also looked up
    /// (``State/addSpanTranslations(_:_:)``): bible-dev comparable en-zh .828 → .835, but
    /// for the translation aligner, which has the order of the sentences to go by, only
    /// .001–.002 for an eighth more time.
    var readsWordsAcrossTokens = false

    /// Whether names meet across Han and Latin script by their sounds (``TransliterationSkeleton``):
    /// `s:` and `v:` anchors, which the comparable mode weighs and the translation aligner,
    /// with the order of the sentences to go by, does not use.
    var makesSoundKeys = false

    /// Names meet across Han and Latin script by their sounds.
    private var makesSounds: Bool { isCrossScript && makesSoundKeys }

    /// Whether ``SideAnchors/sentenceGroups`` are recorded for the sentences to come.
    var recordsGroups: Bool {
        get { state.anchors.recordsGroups }
        set { state.anchors.recordsGroups = newValue }
    }

    /// Analyses one more sentence and appends it to ``anchors``; `parts` are the sentence's
    /// ``SentenceParts`` when another thread has worked them out.
    func append(_ text: String, parts: SentenceParts? = nil) throws(ICUError) {
        if let parts {
            try state.append(text, parts, by: self)
        } else {
            try state.append(text, SentenceParts(text, wordBreaker: wordBreaker, numbers: numbers), by: self)
        }
    }

    /// What the analysis of a sentence needs that depends on nothing read before it: its UTF-16
    /// units, ICU's tokens and the numbers in it. Another thread may work them out ahead.
    struct SentenceParts: Sendable {
        let units: [UInt16]
        let tokens: [(range: Range<Int>, kind: Token.Kind)]
        let mentions: [NumberMention]

        init(_ text: String, wordBreaker: WordBreaker, numbers: NumberScanner) throws(ICUError) {
            // Element by element: `Array(text.utf16)` would first count them, which makes Swift
            // build an index of UTF-16 offsets for each sentence.
            var units: [UInt16] = []
            units.reserveCapacity(text.utf8.count)
            for unit in text.utf16 { units.append(unit) }
            var tokens: [(range: Range<Int>, kind: Token.Kind)] = []
            try units.withUnsafeBufferPointer { (units) throws(ICUError) in
                try wordBreaker.forEachToken(in: units) { tokens.append(($0, $1)) }
            }
            self.units = units
            self.tokens = tokens
            mentions = numbers.mentions(in: text)
        }
    }

    /// What one distinct word (as written) contributes to the sentences holding it.
    private struct WordEntry {
        /// The word for the self-trained lexicon, or nil when too short to count.
        var word: Int32?
        /// `w:` anchor, made when the word is a name (or always, for Han words with a pinyin).
        var name: Int32?
        /// `s:` and `v:` anchors of the name's ``TransliterationSkeleton``, between Han and
        /// Latin script.
        var sounds = Sounds()
        var isCapitalized = false
        var hasInnerCapital = false
        var isHan = false
        var isOneHanCharacter = false
        /// Cognate stem and lexicon translations, as a range of `otherAnchors`: a plain value,
        /// so that reading an entry retains nothing.
        var other: Range<Int> = 0..<0
    }

    /// The `s:` anchor of a name's consonant skeleton and the `v:` anchor of its first sounds
    /// with vowels, when made.
    private struct Sounds {
        var skeleton: Int32?
        var voweled: Int32?

        func append(to anchors: inout [Int32]) {
            if let skeleton { anchors.append(skeleton) }
            if let voweled { anchors.append(voweled) }
        }
    }

    /// Two or three consecutive word ids.
    private struct WordSpan: Hashable {
        let first: Int32, second: Int32, third: Int32

        init(_ words: ArraySlice<Int32>) {
            first = words[words.startIndex]
            second = words[words.startIndex + 1]
            third = words.count > 2 ? words[words.startIndex + 2] : -1
        }
    }

    private struct State {
        var anchors = SideAnchors()
        /// What each distinct token contributes, by its id in `tokens`.
        var tokens = TokenInterner()
        var entries: [WordEntry] = []
        var otherAnchors: [Int32] = []
        /// Anchors of two consecutive name words (`w:wang` + `w:yi` → `w:wangyi`, with its
        /// sounds when made), by the pair of single-word anchors.
        var nameBigrams: [Int64: (name: Int32, sounds: Sounds)] = [:]
        var pinyinCache: [Character: String] = [:]
        /// Translation anchors of the dictionary words found across Han words, by the words.
        var spanAnchors: [WordSpan: [Int32]] = [:]
        /// Translation keys by word, for each outgoing lexicon.
        var lookedUp: [[String: [String]]] = []
        let question: Int32, exclamation: Int32, quotation: Int32
        var anchorBuffer: [Int32] = []
        var wordBuffer: [Int32] = []
        var wordRanges: [Range<Int>] = []

        init() {
            question = anchors.keyId("q:?")
            exclamation = anchors.keyId("q:!")
            quotation = anchors.keyId("q:\"")
        }

        mutating func append(_ text: String, _ parts: SentenceParts, by extractor: AnchorExtractor) throws(ICUError) {
            addNumbers(parts.mentions)
            for scalar in text.unicodeScalars {
                switch scalar {
                case "?", "？": anchorBuffer.append(question)
                case "!", "！": anchorBuffer.append(exclamation)
                case "\"", "“", "”", "«", "»", "「", "」": anchorBuffer.append(quotation)
                default: break
                }
            }
            var orderedWords: [String] = []
            try parts.units.withUnsafeBufferPointer { (units) throws(ICUError) in
                var previousName: Int32? = nil
                var previousIsOneHanCharacter = false
                var hanRun: [Int32] = []
                var isFirstWord = true
                for token in parts.tokens {
                    defer { if token.kind != .punctuation { isFirstWord = false } }
                    guard token.kind == .letter || token.kind == .ideographic else {
                        previousName = nil
                        hanRun.removeAll()
                        continue
                    }
                    let entry = try self.entry(UnsafeBufferPointer(rebasing: units[token.range]), kind: token.kind, extractor)
                    guard let word = entry.word else {
                        previousName = nil
                        hanRun.removeAll()
                        continue
                    }
                    if extractor.readsWordsAcrossTokens, entry.isHan, !extractor.outgoing.isEmpty {
                        hanRun.append(word)
                        if hanRun.count > Self.longestSpan { hanRun.removeFirst() }
                        addSpanTranslations(hanRun, extractor)
                    } else {
                        hanRun.removeAll()
                    }
                    wordBuffer.append(word)
                    wordRanges.append(anchorBuffer.count..<anchorBuffer.count + entry.other.count)
                    anchorBuffer.append(contentsOf: otherAnchors[entry.other])
                    if extractor.glossary != nil, !entry.isHan { orderedWords.append(anchors.words[Int(word)]) }
                    let isName = entry.isHan || extractor.isUnspaced || (entry.isCapitalized && (!isFirstWord || entry.hasInnerCapital))
                    guard isName, let name = entry.name else {
                        previousName = nil
                        continue
                    }
                    anchorBuffer.append(name)
                    entry.sounds.append(to: &anchorBuffer)
                    if let previousName {
                        let joined = bigram(previousName, name, sounds: extractor.makesSounds, pinyin: entry.isHan)
                        anchorBuffer.append(joined.name)
                        // Chinese writes a foreign name in characters chosen for their sound,
                        // which ICU's dictionary cuts one by one (以扫, Esau: 以 + 扫); two
                        // dictionary words side by side are seldom a name (bible-dev comparable
                        // en-zh .849 → .852, all articles at once .417 → .422).
                        if !entry.isHan || (entry.isOneHanCharacter && previousIsOneHanCharacter) {
                            joined.sounds.append(to: &anchorBuffer)
                        }
                    }
                    previousName = name
                    previousIsOneHanCharacter = entry.isOneHanCharacter
                }
            }
            if let glossary = extractor.glossary {
                for concept in glossary.concepts(words: orderedWords, text: text, language: extractor.language) {
                    anchorBuffer.append(anchors.keyId("g:\(concept)"))
                }
            }
            anchors.appendSentence(anchors: &anchorBuffer, words: &wordBuffer, wordRanges: &wordRanges)
        }

        /// The most Han words a dictionary word cut apart by ICU is read across.
        static let longestSpan = 3

        /// The translations of the dictionary words that end with the last of `run` and span
        /// two or more of its words: ICU's dictionary is not the lexicon's, and cuts names it
        /// does not know into characters (所多玛, Sodom, read 所 + 多 + 玛).
        private mutating func addSpanTranslations(_ run: [Int32], _ extractor: AnchorExtractor) {
            guard run.count >= 2 else { return }
            for start in 0..<(run.count - 1) {
                let span = WordSpan(run[start...])
                if let known = spanAnchors[span] {
                    anchorBuffer.append(contentsOf: known)
                    continue
                }
                var ids: [Int32] = []
                let text = run[start...].map { anchors.words[Int($0)] }.joined()
                if text.count <= 5 {
                    for lexicon in extractor.outgoing.indices {
                        for translation in lookUp(text, in: lexicon, extractor.outgoing[lexicon]) {
                            let id = anchors.keyId("x:\(translation)")
                            if !ids.contains(id) { ids.append(id) }
                        }
                    }
                }
                spanAnchors[span] = ids
                anchorBuffer.append(contentsOf: ids)
            }
        }

        /// Numbers and dates; a full date also meets the same day without its year, its month,
        /// and its year.
        private mutating func addNumbers(_ mentions: [NumberMention]) {
            for mention in mentions {
                anchorBuffer.append(anchors.keyId(mention.key))
                guard case .date(let date) = mention.value else { continue }
                if let year = date.year {
                    anchorBuffer.append(anchors.keyId("n:\(year)"))
                    if date.day != nil, let partial = CalendarDate(year: year, month: date.month, day: nil) {
                        anchorBuffer.append(anchors.keyId("d:\(partial.iso)"))
                    }
                }
                if date.year != nil, date.day != nil, let partial = CalendarDate(year: nil, month: date.month, day: date.day) {
                    anchorBuffer.append(anchors.keyId("d:\(partial.iso)"))
                }
            }
        }

        private mutating func entry(_ token: UnsafeBufferPointer<UInt16>, kind: Token.Kind,
                                    _ extractor: AnchorExtractor) throws(ICUError) -> WordEntry {
            let (id, isNew) = tokens.intern(token)
            guard isNew else { return entries[Int(id)] }
            let text = UTF16Text.string(token)
            var entry = WordEntry()
            let otherStart = otherAnchors.count
            let lexiconWord: String
            if kind == .ideographic {
                entry.isHan = true
                entry.isOneHanCharacter = text.count == 1
                entry.word = anchors.wordId(text)
                if let romanized = try romanize(text, extractor.pinyin) {
                    entry.name = anchors.keyId("w:\(romanized)")
                    if extractor.makesSounds { entry.sounds = sounds(romanized, pinyin: true) }
                }
                lexiconWord = text
            } else {
                let key = try extractor.keys.key(text)
                lexiconWord = key
                if key.count >= 2 {
                    entry.word = anchors.wordId(key)
                    entry.name = anchors.keyId("w:\(key)")
                    if extractor.makesSounds { entry.sounds = sounds(key) }
                    entry.isCapitalized = text.first?.isUppercase == true
                    entry.hasInnerCapital = text.dropFirst().contains { $0.isUppercase }
                    if extractor.pairIsLatin, key.count >= 4 { otherAnchors.append(anchors.keyId("c:\(key.prefix(4))")) }
                }
            }
            if entry.word != nil {
                for lexicon in extractor.outgoing.indices {
                    for translation in translationKeys(of: lexiconWord, in: lexicon, extractor.outgoing[lexicon], isHan: entry.isHan) {
                        otherAnchors.append(anchors.keyId("x:\(translation)"))
                    }
                }
                // Glosses give headwords: an irregular form meets them by its own (`knew` ~ `to know`).
                let headword = IrregularForms.base(of: lexiconWord, language: extractor.language) ?? lexiconWord
                if !extractor.incoming.isEmpty, let key = Lexicon.key(Substring(headword)) { otherAnchors.append(anchors.keyId("x:\(key)")) }
            }
            entry.other = otherStart..<otherAnchors.count
            entries.append(entry)
            return entry
        }

        /// A word's translations, through its headword for an inflected Latin-script word.
        ///
        /// Han words are cut by ICU's dictionary, which is not the lexicon's: a listed Han word
        /// also brings the first two glosses of each of its characters (classical Chinese reads
        /// characters as words: MAC-dev .765 → .771), and a word the lexicon lacks is read as
        /// the longest listed words it is made of, left to right, down to single characters
        /// (bible-dev comparable en-zh .68 → .72).
        private mutating func translationKeys(of word: String, in index: Int, _ lexicon: Lexicon, isHan: Bool) -> [String] {
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
        private mutating func lookUp(_ word: String, in index: Int, _ lexicon: Lexicon) -> [String] {
            if lookedUp.count <= index { lookedUp.append(contentsOf: repeatElement([:], count: index + 1 - lookedUp.count)) }
            if let known = lookedUp[index][word] { return known }
            let keys = lexicon.translationKeys(of: word)
            lookedUp[index][word] = keys
            return keys
        }

        /// `pinyin`: whether the words are Han words, read by their pinyin.
        private mutating func bigram(_ first: Int32, _ second: Int32, sounds makesSounds: Bool, pinyin: Bool) -> (name: Int32, sounds: Sounds) {
            let pair = Int64(first) << 32 | Int64(second)
            if let known = nameBigrams[pair] { return known }
            let joined = anchors.keys[Int(first)] + anchors.keys[Int(second)].dropFirst(2)
            let ids = (name: anchors.keyId(joined), sounds: makesSounds ? sounds(String(joined.dropFirst(2)), pinyin: pinyin) : Sounds())
            nameBigrams[pair] = ids
            return ids
        }

        private mutating func sounds(_ name: String, pinyin: Bool = false) -> Sounds {
            Sounds(skeleton: TransliterationSkeleton.of(name, pinyin: pinyin).map { anchors.keyId("s:\($0)") },
                   voweled: TransliterationSkeleton.withVowels(name, pinyin: pinyin).map { anchors.keyId("v:\($0)") })
        }

        /// The pinyin of a short Han word, syllables joined (`王毅` → `wangyi`), character by
        /// character from a cache: ICU's Han transform is slow, but a document has few distinct
        /// characters.
        private mutating func romanize(_ word: String, _ pinyin: Transliterator?) throws(ICUError) -> String? {
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
}
