import ConcordText

/// Finds the lexical anchors of sentences in one language, as string keys that are equal
/// across languages when the anchors correspond: numbers and dates by value, names by their
/// match key (`Pompéo` → `w:pompeo`), Han words by their pinyin (`王毅` → `w:wangyi`), and
/// for two Latin-script languages, cognates by their first four letters.
final class AnchorExtractor {
    private let language: Language
    private let otherLanguage: Language
    private let numbers: NumberScanner
    private let wordBreaker: WordBreaker
    private let keys: MatchKeyMaker
    private let pinyin: Transliterator?
    private var pinyinCache: [Character: String] = [:]
    private var keyCache: [String: String] = [:]
    private var translationCache: [String: [String]] = [:]

    /// Lexicons from this language into the other, and from the other into this one.
    private let outgoing: [Lexicon]
    private let incoming: [Lexicon]

    private let glossary: GlossaryTerms?

    init(language: Language, otherLanguage: Language, lexicons: [Lexicon] = [], glossary: GlossaryTerms? = nil) throws(ICUError) {
        self.glossary = glossary
        self.language = language
        self.otherLanguage = otherLanguage
        outgoing = lexicons.filter { $0.headwordLanguage == language && $0.translationLanguage == otherLanguage }
        incoming = lexicons.filter { $0.headwordLanguage == otherLanguage && $0.translationLanguage == language }
        numbers = NumberScanner(language: language)
        wordBreaker = try WordBreaker(language: language)
        keys = try MatchKeyMaker()
        // Pinyin is only worth making when Chinese meets a Latin-script language.
        pinyin = language.code == "zh" && !otherLanguage.isUnspaced ? try Transliterator(id: Transliterator.hanToLatinNames) : nil
    }

    private var pairIsLatin: Bool { !language.isUnspaced && !otherLanguage.isUnspaced }

    /// What the aligner takes from one sentence: its anchor keys, and its words (match keys of
    /// Latin-script words, Chinese words as written) for the self-trained lexicon.
    struct Analysis {
        var anchors = Set<String>()
        var words = Set<String>()
    }

    /// The distinct anchor keys and words of `text`.
    func analyze(_ text: String) throws(ICUError) -> Analysis {
        var found = Set<String>()
        var sentenceWords = Set<String>()
        for mention in numbers.mentions(in: text) {
            found.insert(mention.key)
            if case .date(let date) = mention.value {
                // A full date also meets the same day without its year, its month, and its year.
                if let year = date.year {
                    found.insert("n:\(year)")
                    if date.day != nil, let partial = CalendarDate(year: year, month: date.month, day: nil) { found.insert("d:\(partial.iso)") }
                }
                if date.year != nil, date.day != nil, let partial = CalendarDate(year: nil, month: date.month, day: date.day) {
                    found.insert("d:\(partial.iso)")
                }
            }
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "?", "？": found.insert("q:?")
            case "!", "！": found.insert("q:!")
            case "\"", "“", "”", "«", "»", "「", "」": found.insert("q:\"")
            default: break
            }
        }
        var orderedWords: [String] = []
        var previousName: String? = nil
        var isFirstWord = true
        for token in try wordBreaker.tokens(text) {
            switch token.kind {
            case .letter:
                let key = try matchKey(token.text)
                guard key.count >= 2 else {
                    previousName = nil
                    break
                }
                sentenceWords.insert(key)
                orderedWords.append(key)
                let looksLikeName = isNameLike(token.text, sentenceInitial: isFirstWord)
                if looksLikeName || language.isUnspaced {
                    found.insert("w:\(key)")
                    if let previousName { found.insert("w:\(previousName)\(key)") }
                    previousName = key
                } else {
                    previousName = nil
                }
                if pairIsLatin, key.count >= 4 { found.insert("c:\(key.prefix(4))") }
            case .ideographic:
                sentenceWords.insert(token.text)
                if let romanized = try romanize(token.text) {
                    found.insert("w:\(romanized)")
                    if let previousName { found.insert("w:\(previousName)\(romanized)") }
                    previousName = romanized
                }
            default:
                previousName = nil
            }
            if token.kind != .punctuation { isFirstWord = false }
        }
        for concept in glossary?.concepts(words: orderedWords, text: text, language: language) ?? [] {
            found.insert("g:\(concept)")
        }
        for word in sentenceWords {
            if !outgoing.isEmpty {
                let keys = translationCache[word] ?? outgoing.flatMap { $0.translationKeys(of: word) }
                translationCache[word] = keys
                for key in keys { found.insert("x:\(key)") }
            }
            if !incoming.isEmpty, let key = Lexicon.key(Substring(word)) { found.insert("x:\(key)") }
        }
        return Analysis(anchors: found, words: sentenceWords)
    }

    /// The match key of a word, from a cache: words repeat, and the key takes three ICU
    /// normalizations.
    private func matchKey(_ word: String) throws(ICUError) -> String {
        if let cached = keyCache[word] { return cached }
        let key = try keys.key(word)
        keyCache[word] = key
        return key
    }

    /// Capitalised away from the start of a sentence, or with a capital inside (`TikTok`), or
    /// an acronym.
    private func isNameLike(_ word: String, sentenceInitial: Bool) -> Bool {
        guard let first = word.first, first.isUppercase else { return false }
        if !sentenceInitial { return true }
        return word.dropFirst().contains { $0.isUppercase }
    }

    /// The pinyin of a short Han word, syllables joined (`王毅` → `wangyi`), character by
    /// character from a cache: ICU's Han transform is slow, but a document has few distinct
    /// characters.
    private func romanize(_ word: String) throws(ICUError) -> String? {
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
