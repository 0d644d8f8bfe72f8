/// Abbreviations that ICU's suppression lists (`@ss=standard`) miss but news text is full of.
/// A period after one of them does not end a sentence when the next word is of the kind it
/// announces: a number after a month or `No.`, a capitalised name after a title, and after an
/// initialism (`U.S.`) or a middle initial (`George W. Bush`) any capitalised word that is not a
/// usual sentence opener.
enum Abbreviations {
    private static let beforeNumber: [String: Set<String>] = [
        "en": ["Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.",
               "Nov.", "Dec.", "No.", "Nos.", "p.", "pp.", "Vol.", "Art.", "Sec.", "approx."],
        "fr": ["janv.", "févr.", "avr.", "juil.", "sept.", "oct.", "nov.", "déc.", "p.", "n.",
               "art.", "env.", "vol.", "chap."],
    ]
    private static let beforeName: [String: Set<String>] = [
        "en": ["Gen.", "Sen.", "Rep.", "Gov.", "Lt.", "Col.", "Sgt.", "Capt.", "Adm.", "Prof.",
               "Dr.", "Mr.", "Mrs.", "Ms.", "St.", "Rev.", "Hon.", "Pres.", "Amb.", "Sec.",
               "Atty.", "Supt.", "Cmdr.", "Maj.", "Insp.", "Messrs."],
        "fr": ["M.", "MM.", "Mme.", "Mlle.", "Dr.", "Pr.", "Me.", "Mgr.", "St.", "Ste.", "gén.",
               "Gén.", "av.", "bd."],
    ]
    private static let initialisms: Set<String> = [
        "U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "U.S.A.", "N.Y.", "L.A.", "É.-U.",
    ]
    /// Words that usually open an English or French sentence: after `U.S.` they mean the
    /// period did end one.
    private static let sentenceOpeners: Set<String> = [
        "The", "A", "An", "It", "Its", "He", "She", "They", "We", "I", "You", "This", "That",
        "These", "Those", "There", "But", "And", "In", "On", "At", "As", "If", "When", "While",
        "After", "Before", "Since", "So", "Yet", "Still", "However", "Meanwhile", "Then", "Both",
        "Le", "La", "Les", "Un", "Une", "Il", "Elle", "Ils", "Elles", "Ce", "Cette", "Mais",
        "En", "Dans", "Selon", "Pour", "Depuis", "Après", "Avant", "Lors", "Par", "Et", "On",
    ]

    /// The longest abbreviation listed, in UTF-16 units.
    static let maximumLength = 8

    /// The words listed for `language`, initialisms included, each packed by `packed(_:)`.
    static func packedWords(for language: Language) -> Set<UInt64> {
        let words = initialisms.union(beforeNumber[language.code] ?? []).union(beforeName[language.code] ?? [])
        return Set(words.map { word in
            // A word that did not pack would be turned down unseen by `isNonFinal`.
            guard let key = packed(Array(word.utf16)) else { preconditionFailure("\(word) is not short Latin-1") }
            return key
        })
    }

    /// `true` when `word` (UTF-16 ending in a period) should not end a sentence before the
    /// following text, whose first word `following` gives; `packedWords` are
    /// ``packedWords(for:)`` of `language`.
    ///
    /// Most words are turned down without making a string: below U+0300 nothing composes or
    /// joins, so there a word equals a listed one only unit for unit.
    static func isNonFinal(_ word: UnsafeBufferPointer<UInt16>, language: Language, packedWords: Set<UInt64>,
                           before following: () -> String) -> Bool {
        if !word.contains(where: { $0 >= 0x300 }) {
            let isInitial = word.count == 2 && (0x41...0x5A).contains(word[0])
            guard isInitial || packed(word).map(packedWords.contains) == true else { return false }
        }
        return isNonFinal(String(decoding: word, as: Unicode.UTF16.self), language: language, before: following)
    }

    /// The word as one integer, a code unit per byte, or nil when it is not Latin-1 or has more
    /// units than the integer has bytes.
    private static func packed(_ word: some Collection<UInt16>) -> UInt64? {
        guard word.count <= MemoryLayout<UInt64>.size else { return nil }
        var key: UInt64 = 0
        for unit in word {
            guard unit < 0x100 else { return nil }
            key = key << 8 | UInt64(unit)
        }
        return key
    }

    /// `true` when `word` (ending in a period) should not end a sentence before the following
    /// text, whose first word `following` gives.
    static func isNonFinal(_ word: String, language: Language, before following: () -> String) -> Bool {
        let isInitial = word.count == 2 && word.first?.isUppercase == true && word.first?.isASCII == true
        guard isInitial || initialisms.contains(word) || beforeNumber[language.code]?.contains(word) == true
                || beforeName[language.code]?.contains(word) == true else { return false }
        let next = following().drop { "\"'“‘«(".contains($0) }
        guard let scalar = next.unicodeScalars.first else { return false }
        let category = CharacterCategory(scalar)
        if category == .decimalDigit, beforeNumber[language.code]?.contains(word) == true { return true }
        guard category == .uppercaseLetter else { return false }
        if beforeName[language.code]?.contains(word) == true { return true }
        if initialisms.contains(word) || isInitial {
            let bare = String(next.prefix { $0.isLetter || $0 == "'" || $0 == "’" })
            return !sentenceOpeners.contains(bare)
        }
        return false
    }
}
