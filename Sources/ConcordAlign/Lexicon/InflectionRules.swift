import ConcordText

/// Headword forms to try for an inflected word a dictionary lacks (`walked` → `walk`,
/// `loved` → `love`, `knoweth` → `know`, `aimait` → `aimer`, `knew` → `know`): an irregular form's headword, or
/// suffix rules tried in order, the first form the dictionary lists winning. Words are match
/// keys, so French accents are already gone (`aimé` → `aime`).
enum InflectionRules {
    /// (ending, replacement) pairs, longer endings first.
    private static let rules: [String: [(String, String)]] = [
        "en": [("ies", "y"), ("ied", "y"), ("eth", ""), ("eth", "e"), ("est", ""), ("est", "e"), ("ing", ""), ("ing", "e"),
               ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("ly", "")],
        "fr": [("erent", "er"), ("aient", "er"), ("ait", "er"), ("ais", "er"), ("ant", "er"), ("ent", "er"), ("ons", "er"),
               ("ez", "er"), ("ees", "er"), ("es", "er"), ("ee", "er"), ("e", "er"), ("a", "er"), ("it", "ir"), ("is", "ir"),
               ("es", ""), ("s", ""), ("x", ""), ("e", "")],
    ]

    /// Forms of `word` that may be its headword, most likely first.
    static func candidates(of word: String, language: Language) -> [String] {
        if let base = IrregularForms.base(of: word, language: language) { return [base] }
        guard let rules = rules[language.code], word.count >= 4 else { return [] }
        return rules.compactMap { ending, replacement in
            guard word.hasSuffix(ending), word.count - ending.count >= 3 else { return nil }
            return String(word.dropLast(ending.count)) + replacement
        }
    }
}
