/// What is wrong with a form the audit found.
public enum FindingKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The glossary lists the form as a known misspelling (`Pempeo`).
    case knownMisspelling = "known-misspelling"
    /// The glossary lists the form as deprecated.
    case deprecated
    /// An unlisted form a few edits away from a term (`Pompio`, `BydeDance`).
    case nearMiss = "near-miss"
    /// One term written as several tokens (`Tik Tok`, `Tik-Tok`).
    case split
    /// Several words of a term run together (`WeChatPay`).
    case joined
    /// A word repeated inside a name (`Wang Wang Yi`).
    case duplicated
    /// A case-sensitive term in the wrong case (`Iphone`).
    case caseVariant = "case"
    /// A name with accents it does not have, or without those it has (`Pompéo`).
    case diacritic
    /// Letters of another script that look like the right ones (a Cyrillic `о` in `Pоmpeo`).
    case homoglyph
    /// A Chinese name left in a text of another language (`赵立坚` in English).
    case untranslated
    /// A Chinese form of a name that is not the glossary's (`庞培奥` for `蓬佩奥`).
    case wrongChineseForm = "wrong-chinese-form"
    /// The document spells one concept in two ways.
    case inconsistent
    /// A concept in a source segment whose glossary term is missing from the aligned target.
    case missingTranslation = "missing-translation"

    /// How serious the finding is: `warning` for wrong forms, `note` for forms that are
    /// discouraged or inconsistent, and for names a translation seems to leave out.
    public var severity: String {
        switch self {
        case .deprecated, .inconsistent, .missingTranslation: return "note"
        default: return "warning"
        }
    }

    /// A short phrase for messages.
    public var phrase: String {
        switch self {
        case .knownMisspelling: return "is a known misspelling of"
        case .deprecated: return "is deprecated; prefer"
        case .nearMiss: return "looks like a misspelling of"
        case .split: return "is one word:"
        case .joined: return "is written apart:"
        case .duplicated: return "repeats a word of"
        case .caseVariant: return "is written with different case:"
        case .diacritic: return "has wrong accents for"
        case .homoglyph: return "mixes scripts; it imitates"
        case .untranslated: return "is left untranslated; write"
        case .wrongChineseForm: return "is not the glossary's Chinese form:"
        case .inconsistent: return "is spelled differently elsewhere in the document:"
        case .missingTranslation: return "has no counterpart in the aligned target segment; expected"
        }
    }
}
