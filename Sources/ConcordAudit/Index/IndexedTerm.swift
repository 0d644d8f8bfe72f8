import ConcordGlossary

/// A glossary term prepared for matching. A class, so that reading a field of one of the
/// candidates of every span costs one reference count, not one per field.
final class IndexedTerm: Sendable {
    let conceptIndex: Int
    let term: Term
    /// Match keys of the term's words (`Mike Pompeo` → `mike`, `pompeo`); empty for Han terms.
    let wordKeys: [String]
    /// The keys run together (`mikepompeo`); the text itself for Han terms.
    let joinedKey: String
    /// The joined key's letters, for edit distances.
    let letters: [Unicode.Scalar]
    /// ``PhoneticKey`` of the joined key.
    let soundKey: String
    /// Whether each word is written with a capital (`président Trump` → false, true).
    let capitalizedWords: [Bool]
    let isHan: Bool
    /// `true` for people, organisations, products, places and programmes.
    let isName: Bool
    /// The number of words (1 for Han terms).
    let wordCount: Int

    init(conceptIndex: Int, term: Term, wordKeys: [String], joinedKey: String, letters: [Unicode.Scalar],
         soundKey: String, capitalizedWords: [Bool], isHan: Bool, isName: Bool) {
        self.conceptIndex = conceptIndex
        self.term = term
        self.wordKeys = wordKeys
        self.joinedKey = joinedKey
        self.letters = letters
        self.soundKey = soundKey
        self.capitalizedWords = capitalizedWords
        self.isHan = isHan
        self.isName = isName
        self.wordCount = max(wordKeys.count, 1)
    }
}
