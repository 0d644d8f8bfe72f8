import ConcordText

/// Finds the lexical anchors of sentences in one language, as keys that are equal across
/// languages when the anchors correspond: numbers and dates by value, names by their match key
/// (`Pompéo` → `w:pompeo`), Han words by their pinyin (`王毅` → `w:wangyi`), and for two
/// Latin-script languages, cognates by their first four letters.
///
/// Sentences are appended to ``anchors``, where keys and words are interned: what a word
/// contributes is worked out once per distinct word, not once per occurrence.
///
/// Each signal has a file of its own in `Extraction/` — numbers, punctuation, names,
/// transliteration, cognates, lexicon, glossary — called from ``State`` as it reads a sentence
/// (per sentence) or meets a new word (``State/entry(_:kind:_:)``): a new signal is one new file
/// and one call.
final class AnchorExtractor {
    let language: Language
    /// Every word is a name candidate in a language written without capitals.
    let isUnspaced: Bool
    let pairIsLatin: Bool
    let isCrossScript: Bool
    private let numbers: NumberScanner
    private let wordBreaker: WordBreaker
    let keys: MatchKeyMaker
    let pinyin: Transliterator?
    /// Lexicons from this language into the other, and from the other into this one.
    let outgoing: [Lexicon]
    let incoming: [Lexicon]
    /// ``AnchorKind/translation``, or ``AnchorKind/pivotTranslation`` when `outgoing` leads into English.
    let translationKind: AnchorKind
    let glossary: GlossaryTerms?
    /// Everything that changes as sentences are read, in one value, so that a sentence is
    /// analysed with one access to it rather than one per word.
    private var state: State

    init(language: Language, otherLanguage: Language, lexicons: [Lexicon] = [], glossary: GlossaryTerms? = nil) throws(ICUError) {
        self.glossary = glossary
        self.language = language
        isUnspaced = language.isUnspaced
        pairIsLatin = !language.isUnspaced && !otherLanguage.isUnspaced
        isCrossScript = language.isUnspaced != otherLanguage.isUnspaced
        let direct = lexicons.filter { $0.headwordLanguage == language && $0.translationLanguage == otherLanguage }
        incoming = lexicons.filter { $0.headwordLanguage == otherLanguage && $0.translationLanguage == language }
        outgoing = direct.isEmpty && incoming.isEmpty ? Self.pivotLexicons(lexicons, language, otherLanguage) : direct
        translationKind = direct.isEmpty && incoming.isEmpty ? .pivotTranslation : .translation
        numbers = NumberScanner(language: language)
        wordBreaker = try WordBreaker(language: language)
        keys = try MatchKeyMaker()
        pinyin = Self.makesPinyin(language, otherLanguage) ? try Transliterator(id: Transliterator.hanToLatinNames) : nil
        state = State()
    }

    /// Between two languages with no dictionary of their own (French and Chinese), each side's
    /// dictionary into English: both sides' words then meet by their English translations
    /// (`禁令` → `ban`, `interdiction` → `ban`).
    static func pivotLexicons(_ lexicons: [Lexicon], _ language: Language, _ otherLanguage: Language) -> [Lexicon] {
        guard language != .english, otherLanguage != .english,
              lexicons.contains(where: { $0.headwordLanguage == otherLanguage && $0.translationLanguage == .english })
        else { return [] }
        return lexicons.filter { $0.headwordLanguage == language && $0.translationLanguage == .english }
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
    /// (``State/addSpanTranslations(_:_:)``): worth it for the comparable mode, not for the
    /// translation aligner, which has the order of the sentences to go by.
    var readsWordsAcrossTokens = false

    /// Whether names meet across Han and Latin script by their sounds (``TransliterationSkeleton``):
    /// `s:` and `v:` anchors, which the comparable mode weighs and the translation aligner,
    /// with the order of the sentences to go by, does not use.
    var makesSoundKeys = false

    /// Names meet across Han and Latin script by their sounds.
    var makesSounds: Bool { isCrossScript && makesSoundKeys }

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
    struct WordEntry {
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
    struct Sounds {
        var skeleton: Int32?
        var voweled: Int32?

        func append(to anchors: inout [Int32]) {
            if let skeleton { anchors.append(skeleton) }
            if let voweled { anchors.append(voweled) }
        }
    }

    /// Two or three consecutive word ids.
    struct WordSpan: Hashable {
        let first: Int32, second: Int32, third: Int32

        init(_ words: ArraySlice<Int32>) {
            first = words[words.startIndex]
            second = words[words.startIndex + 1]
            third = words.count > 2 ? words[words.startIndex + 2] : -1
        }
    }

    struct State {
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
            question = anchors.keyId(Anchor(.punctuation, "?"))
            exclamation = anchors.keyId(Anchor(.punctuation, "!"))
            quotation = anchors.keyId(Anchor(.punctuation, "\""))
        }

        mutating func append(_ text: String, _ parts: SentenceParts, by extractor: AnchorExtractor) throws(ICUError) {
            addNumbers(parts.mentions)
            addPunctuation(text)
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
                        // dictionary words side by side are seldom a name.
                        if !entry.isHan || (entry.isOneHanCharacter && previousIsOneHanCharacter) {
                            joined.sounds.append(to: &anchorBuffer)
                        }
                    }
                    previousName = name
                    previousIsOneHanCharacter = entry.isOneHanCharacter
                }
            }
            if let glossary = extractor.glossary { addConcepts(glossary, words: orderedWords, text: text, language: extractor.language) }
            anchors.appendSentence(anchors: &anchorBuffer, words: &wordBuffer, wordRanges: &wordRanges)
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
                try addHanName(text, to: &entry, extractor)
                lexiconWord = text
            } else {
                let key = try extractor.keys.key(text)
                lexiconWord = key
                if key.count >= 2 {
                    addLatinName(text, key: key, to: &entry, extractor)
                    addCognate(key, extractor)
                }
            }
            if entry.word != nil { addTranslations(of: lexiconWord, isHan: entry.isHan, extractor) }
            entry.other = otherStart..<otherAnchors.count
            entries.append(entry)
            return entry
        }
    }
}
