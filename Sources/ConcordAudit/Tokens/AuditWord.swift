/// A word of a document as the audit sees it: its surface form, its match key and the clues
/// that tell a name from an ordinary word.
struct AuditWord: Sendable {
    /// What separates a word from the one before it.
    enum Gap: Sendable, Equatable {
        /// Nothing: the word touches the one before (`Wang` `Yi` never; `3` `G` in `3G`).
        case none
        /// Spaces only (no line break).
        case space
        /// A hyphen, with or without spaces (`Tik-Tok`).
        case hyphen
        /// Punctuation, a line break, or the start of the text: words on both sides do not form a name.
        case other
    }

    /// UTF-16 offsets in the document, without a French elision (`d'`) or an English possessive (`'s`).
    var range: Range<Int>
    var surface: String
    /// Case-folded, without diacritics or punctuation (`Pompéo` → `pompeo`).
    var key: String
    /// The first letter is upper case.
    var isCapitalized: Bool
    /// Latin letters mixed with Cyrillic or Greek ones, as in a homoglyph attack.
    var hasMixedScripts: Bool
    var gapBefore: Gap
    /// The first word of a sentence or line, whose capital says nothing about being a name.
    var isSentenceStart: Bool
}

/// Consecutive Han characters of a document (names may hold a middle dot: `唐纳德·特朗普`),
/// with a Latin word that touches them in front (`QQ钱包`).
struct HanRun: Sendable {
    var range: Range<Int>
    var text: String
}
