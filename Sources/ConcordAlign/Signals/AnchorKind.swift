/// The kinds of lexical anchor. What a match of each kind is worth depends on the mode: see
/// ``AnchorWeights``.
enum AnchorKind: Character, Sendable, CaseIterable {
    /// A number by value (`3,5 milliards` ~ `3.5 billion` ~ `35亿`).
    case number = "n"
    /// A percentage by value.
    case percentage = "p"
    /// A date, or the day, month or year of one (`20 septembre 2020` ~ `2020年9月20日`).
    case date = "d"
    /// A name, brand, acronym or other word written alike on both sides, by its match key
    /// (`Pompéo` → `pompeo`), including Han words whose pinyin spells a Latin-script name
    /// (`王毅` ~ `Wang Yi`).
    case name = "w"
    /// A cognate between two Latin-script languages: the first four letters.
    case cognate = "c"
    /// Sentence punctuation: a question, an exclamation, a quotation.
    case punctuation = "q"
    /// A word and one of its translations in a bilingual lexicon (see ``Lexicon``).
    case translation = "x"
    /// Words of two languages that translate into one English word, each by its own
    /// dictionary (French and Chinese meet through English: ``AnchorExtractor/pivotLexicons(_:_:_:)``).
    case pivotTranslation = "y"
    /// A glossary concept named on the side (see ``GlossaryTerms``): `蓬佩奥` meets
    /// `Mike Pompeo`, `华盛顿` meets `Washington`.
    case concept = "g"
    /// A word pair learnt from the documents themselves (see ``SelfTrainedLexicon``), payload `source|target`.
    case learnt = "l"
    /// A name's consonant skeleton, across Han and Latin script (see ``TransliterationSkeleton``).
    case soundSkeleton = "s"
    /// A name's first sounds with their vowels, across Han and Latin script.
    case soundStart = "v"

    /// Numbers, dates, names and cognates: the anchors that need no dictionary, by which an
    /// alignment's agreement is measured the same with or without one.
    var isIntrinsic: Bool {
        switch self {
        case .number, .percentage, .date, .name, .cognate: return true
        default: return false
        }
    }
}
