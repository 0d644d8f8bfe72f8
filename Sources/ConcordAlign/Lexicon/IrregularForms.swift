import ConcordText

/// The headwords of irregular word forms a dictionary does not list and no suffix rule finds:
/// English strong verbs (`knew` → `know`, `sought` → `seek`), irregular plurals (`children` →
/// `child`) and the older forms of scripture and literature (`spake` → `speak`, `hath` →
/// `have`); the common irregular verbs of French (`fit` → `faire`, `vinrent` → `venir`). Words
/// are match keys (lower case, no accents).
enum IrregularForms {
    /// The headword of `word`, when it is an irregular form of this language.
    static func base(of word: String, language: Language) -> String? {
        switch language.code {
        case "en": english[word]
        case "fr": french[word]
        default: nil
        }
    }

    /// French verbs whose forms no suffix rule reaches (`fit` → `faire`, `vinrent` → `venir`),
    /// in the tenses of narrative and news, without accents as match keys are.
    private static let french: [String: String] = table([
        "etre": ["suis", "sommes", "etes", "sont", "etait", "etaient", "fut", "furent", "sera", "seront", "serait", "soit", "soient", "ete"],
        "avoir": ["avons", "avez", "ont", "avait", "avaient", "eut", "eurent", "aura", "auront", "aurait", "ait", "aient"],
        "faire": ["fais", "fait", "faisons", "faites", "font", "faisait", "faisaient", "fit", "firent", "fera", "feront", "ferait"],
        "aller": ["vais", "vas", "va", "allons", "vont", "alla", "allerent", "ira", "iront", "irait", "aille"],
        "dire": ["dis", "dit", "disons", "disent", "disait", "disaient", "dirent", "dira", "diront", "dirait"],
        "voir": ["vois", "voit", "voyons", "voient", "voyait", "voyaient", "virent", "verra", "verront", "verrait", "vu", "vus"],
        "venir": ["viens", "vient", "venons", "viennent", "venait", "venaient", "vint", "vinrent", "viendra", "viendront", "venu", "venue", "venus"],
        "tenir": ["tient", "tiennent", "tenait", "tint", "tinrent", "tiendra", "tenu"],
        "prendre": ["prend", "prenons", "prennent", "prenait", "prenaient", "prit", "prirent", "prendra", "pris", "prise"],
        "mettre": ["met", "mettent", "mettait", "mit", "mirent", "mettra", "mis"],
        "pouvoir": ["peux", "peut", "pouvons", "pouvez", "peuvent", "pouvait", "pouvaient", "put", "purent", "pourra", "pourront", "pourrait", "pu"],
        "vouloir": ["veux", "veut", "voulons", "voulez", "veulent", "voulait", "voulaient", "voulut", "voudra", "voudrait", "voulu"],
        "savoir": ["sais", "sait", "savons", "savez", "savent", "savait", "savaient", "sut", "surent", "saura", "saurait", "su"],
        "devoir": ["dois", "doit", "devons", "devez", "doivent", "devait", "devaient", "dut", "devra", "devrait"],
        "connaitre": ["connais", "connait", "connaissent", "connaissait", "connut", "connurent", "connu"],
        "naitre": ["nait", "naquit", "naquirent", "nee", "nes"],
        "mourir": ["meurt", "meurent", "mourut", "moururent"],
        "ecrire": ["ecrit", "ecrivent", "ecrivait", "ecrivit", "ecrite"],
        "boire": ["boit", "boivent", "buvait", "burent", "bu"],
        "vivre": ["vecut", "vecurent", "vecu"],
        "ouvrir": ["ouvert", "ouverte", "ouvrit", "ouvrirent"],
        "offrir": ["offert", "offerte", "offrit", "offrirent"],
    ])

    private static let english: [String: String] = table([
        "arise": ["arose", "arisen"], "awake": ["awoke", "awoken"], "be": ["was", "were", "been", "am", "is", "are", "wast", "wert"],
        "bear": ["borne"], "beat": ["beaten"], "become": ["became"], "begin": ["began", "begun"],
        "beget": ["begat", "begot", "begotten"], "bend": ["bent"], "bite": ["bitten"],
        "bleed": ["bled"], "blow": ["blew", "blown"], "break": ["broke", "broken", "brake"], "breed": ["bred"],
        "bring": ["brought"], "build": ["built", "builded"], "burn": ["burnt"], "buy": ["bought"], "catch": ["caught"],
        "choose": ["chose", "chosen"], "cling": ["clung"], "come": ["came"], "creep": ["crept"], "dig": ["dug"],
        "do": ["did", "done", "doth", "didst"], "draw": ["drew", "drawn"], "dream": ["dreamt"], "drink": ["drank", "drunk"],
        "drive": ["drove", "driven", "drave"], "dwell": ["dwelt"], "eat": ["ate", "eaten"], "fall": ["fallen"],
        "feed": ["fed"], "fight": ["fought"], "find": ["found"], "flee": ["fled"], "fly": ["flew", "flown"],
        "forbid": ["forbade", "forbidden"], "forget": ["forgot", "forgotten"], "forgive": ["forgave", "forgiven"],
        "freeze": ["froze", "frozen"], "get": ["got", "gotten"], "give": ["gave", "given"], "go": ["went", "gone"],
        "grow": ["grew", "grown"], "hang": ["hung"], "have": ["had", "has", "hath", "hast", "hadst"],
        "hear": ["heard"], "hide": ["hid", "hidden"], "hold": ["held"], "keep": ["kept"], "kneel": ["knelt"],
        "know": ["knew", "known"], "lay": ["laid"], "lead": ["led"], "lean": ["leant"], "leap": ["leapt"],
        "lend": ["lent"], "lie": ["lain"], "light": ["lit"], "lose": ["lost"],
        "make": ["made"], "mean": ["meant"], "meet": ["met"], "pay": ["paid"], "ride": ["rode", "ridden"],
        "ring": ["rang", "rung"], "rise": ["risen"], "run": ["ran"], "say": ["said", "saith", "sayest"],
        "see": ["saw", "seen"], "seek": ["sought"], "sell": ["sold"], "send": ["sent"], "shake": ["shook", "shaken"],
        "shine": ["shone"], "shoot": ["shot"], "show": ["shown", "shewed", "shew"], "shrink": ["shrank", "shrunk"],
        "sing": ["sang", "sung"], "sink": ["sank", "sunk"], "sit": ["sat"], "slay": ["slew", "slain"], "sleep": ["slept"],
        "slide": ["slid"], "smite": ["smote", "smitten"], "speak": ["spoke", "spoken", "spake"], "spend": ["spent"],
        "spin": ["spun"], "spit": ["spat"], "spring": ["sprang", "sprung"], "stand": ["stood"],
        "steal": ["stole", "stolen"], "stick": ["stuck"], "sting": ["stung"], "stink": ["stank"], "stride": ["strode"],
        "strike": ["struck", "stricken"], "strive": ["strove", "striven"], "swear": ["swore", "sworn", "sware"],
        "sweep": ["swept"], "swim": ["swam", "swum"], "swing": ["swung"], "take": ["took", "taken"], "teach": ["taught"],
        "tear": ["tore", "torn"], "tell": ["told"], "think": ["thought"], "throw": ["threw", "thrown"],
        "tread": ["trod", "trodden"], "understand": ["understood"], "wake": ["woke", "woken"], "wear": ["wore", "worn"],
        "weave": ["wove", "woven"], "weep": ["wept"], "win": ["won"], "write": ["wrote", "written"],
        // Plurals.
        "man": ["men"], "woman": ["women"], "child": ["children"], "brother": ["brethren"], "foot": ["feet"],
        "tooth": ["teeth"], "ox": ["oxen"], "mouse": ["mice"], "goose": ["geese"],
    ])

    /// Form → headword, from headword → forms. Forms that are also common words of their own
    /// (`left`, `ground`, `rose`, `felt`, `vit`, `suis`, `mort`, `vue`) are not listed, so each
    /// has one headword.
    private static func table(_ forms: [String: [String]]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: forms.flatMap { base, inflected in inflected.map { ($0, base) } })
    }
}
