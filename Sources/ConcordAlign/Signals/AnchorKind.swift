/// The kinds of lexical anchor, each with the weight its match carries.
enum AnchorKind: Character {
    /// A number, percentage or date (`n:`, `p:`, `d:`), the strongest evidence.
    case number = "n"
    /// A name, brand, acronym or other word written alike on both sides (`w:`), including Han
    /// words whose pinyin spells a Latin-script name (`王毅` ~ `Wang Yi`).
    case word = "w"
    /// A cognate between two Latin-script languages: the first four letters (`c:`).
    case cognate = "c"
    /// Sentence punctuation: a question, an exclamation, a quotation (`q:`).
    case punctuation = "q"
    /// A word and one of its translations in a bilingual lexicon (`x:`, see ``Lexicon``).
    case lexicon = "x"
    /// A glossary concept named on the side (`g:`, see ``GlossaryTerms``): `蓬佩奥` meets
    /// `Mike Pompeo`, `华盛顿` meets `Washington`.
    case glossary = "g"
    /// A word pair learnt from the document itself (`l:`, see ``SelfTrainedLexicon``).
    case learnt = "l"

    var weight: Double {
        switch self {
        case .number: return 1.5
        case .word: return 1.0
        case .cognate: return 0.5
        case .punctuation: return 0.3
        case .learnt: return 0.8
        case .lexicon: return 0.6
        case .glossary: return 1.2
        }
    }

    init?(key: String) {
        guard let first = key.first, let kind = AnchorKind(rawValue: first == "p" || first == "d" ? "n" : first) else { return nil }
        self = kind
    }
}
