import CICUShim

/// Writing systems Concord tells apart when guessing a document's language.
public enum Script: String, Sendable, CaseIterable, Codable {
    case latin = "Latn", han = "Hani", kana = "Kana", hangul = "Hang", cyrillic = "Cyrl",
         greek = "Grek", arabic = "Arab", hebrew = "Hebr", devanagari = "Deva", thai = "Thai", other = "Zyyy"

    /// The script of a letter. The corresponding ICU function is `uscript_getScript`.
    public init(_ scalar: Unicode.Scalar) {
        if scalar.value < 0x80 {
            self = .latin
            return
        }
        var status: Int32 = 0
        let code = icushim_script(Int32(scalar.value), &status)
        let name = status > 0 ? "" : String(cString: icushim_script_short_name(code))
        switch name {
        case "Hira", "Kana": self = .kana
        default: self = Script(rawValue: name) ?? .other
        }
    }
}
