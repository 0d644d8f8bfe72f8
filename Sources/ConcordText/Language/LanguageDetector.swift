/// Guesses whether a document is English, French or Chinese from its letters: which script
/// they are in, then, for Latin script, English and French function words and French accents.
///
/// It decides only when the evidence is clear; otherwise it says why, so the user can pass the
/// language explicitly. A few Chinese words inside an English report (a quoted original, a
/// name left in Han characters) do not make it Chinese.
public struct LanguageDetector: Sendable {
    /// Why the language could not be told.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public let name: String
        public let reason: String
        public var description: String { "\(name): cannot tell the language (\(reason)); pass --lang" }
    }

    /// UTF-16 code units read from the start of the document: some 5,000 words, enough to
    /// decide, and bounded for speed.
    public var sampleSize = 32_768

    public init() {}

    private static let englishWords: Set<String> = [
        "the", "of", "and", "to", "in", "is", "that", "for", "was", "on", "with", "as", "by",
        "it", "said", "has", "have", "are", "from", "at", "be", "this", "which", "would", "will",
        "its", "their", "were", "had", "not", "but", "an", "they", "he", "she", "been", "who",
    ]
    private static let frenchWords: Set<String> = [
        "le", "la", "les", "des", "du", "et", "est", "une", "que", "qui", "dans", "pour", "sur",
        "au", "aux", "pas", "par", "été", "ce", "il", "elle", "se", "sont", "avec", "l", "d",
        "qu", "ont", "cette", "selon", "leur", "lors", "mais", "ou", "ne", "sa", "son", "ses",
    ]
    private static let frenchLetters: Set<Character> = ["é", "è", "ê", "à", "ç", "ù", "â", "î", "ô", "û", "ë", "ï", "œ"]

    /// The language of `document`.
    ///
    /// - Throws: ``Failure`` when the document is empty, in another script, or its Latin text
    ///   reads as neither English nor French.
    public func detect(_ document: TextDocument) throws(Failure) -> Language {
        let sample = document.units.prefix(sampleSize)
        return try detect(String(decoding: sample, as: Unicode.UTF16.self), name: document.name)
    }

    /// The language of `text`; `name` is used in the error.
    public func detect(_ text: String, name: String = "<text>") throws(Failure) -> Language {
        var letters: [Script: Int] = [:]
        var total = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            letters[Script(scalar), default: 0] += 1
            total += 1
        }
        guard total > 0 else { throw Failure(name: name, reason: "no letters") }
        let han = letters[.han, default: 0], latin = letters[.latin, default: 0]
        // One Chinese character carries about as much as three Latin letters.
        if han * 3 >= latin, han >= letters.values.max() ?? 0 / 2 {
            if letters[.kana, default: 0] * 10 > han { throw Failure(name: name, reason: "Japanese kana") }
            return .chinese
        }
        guard latin * 2 >= total else {
            let main = letters.max { $0.value < $1.value }?.key ?? .other
            throw Failure(name: name, reason: "mostly \(main.rawValue) script")
        }
        return try latinLanguage(text, name: name)
    }

    private func latinLanguage(_ text: String, name: String) throws(Failure) -> Language {
        var english = 0, french = 0, words = 0, accents = 0
        var word = ""
        func finishWord() {
            guard !word.isEmpty else { return }
            words += 1
            if Self.englishWords.contains(word) { english += 1 }
            if Self.frenchWords.contains(word) { french += 1 }
            word = ""
        }
        for character in text.lowercased() {
            if character.isLetter {
                word.append(character)
                if Self.frenchLetters.contains(character) { accents += 1 }
            } else {
                finishWord()
            }
        }
        finishWord()
        let frenchScore = Double(french) + Double(accents) * 0.3
        let englishScore = Double(english)
        let evidence = max(frenchScore, englishScore)
        guard evidence >= 2, evidence >= Double(words) * 0.08 else {
            throw Failure(name: name, reason: "Latin script, but neither English nor French function words")
        }
        if englishScore >= frenchScore * 1.5 { return .english }
        if frenchScore >= englishScore * 1.5 { return .french }
        throw Failure(name: name, reason: "as much English as French")
    }
}
