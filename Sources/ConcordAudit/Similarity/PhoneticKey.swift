/// A rough sound key for Latin-script names, in the spirit of Metaphone: spellings that are
/// read alike share it (`Adolfo`/`Adolpho`, `Aquino`/`Akino`, `Bruckner`/`Brookner`).
///
/// The first letter is kept; `ph`→`f`, `ck`/`q`/hard `c`→`k`, soft `c`/`z`→`s`, `ch`/`sh`→`x`,
/// `w`→`v`, `th`→`t`, `dt`→`t`; other `h`s and the vowels after the first letter are
/// dropped; doubled letters are written once.
enum PhoneticKey {
    /// Shorter keys (`Pompeo` → `pmp`) are shared by too many words (`Pompey`) to tell anything.
    static let minimumLength = 4

    static func key(_ matchKey: String) -> String {
        let letters = Array(matchKey.unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic })
        var sounds: [Character] = []
        var index = 0
        func at(_ offset: Int) -> Unicode.Scalar? {
            index + offset < letters.count ? letters[index + offset] : nil
        }
        while index < letters.count {
            let letter = letters[index]
            var sound: Character? = Character(letter)
            var step = 1
            switch letter {
            case "p" where at(1) == "h": sound = "f"; step = 2
            case "c" where at(1) == "k": sound = "k"; step = 2
            case "c" where at(1) == "h", "s" where at(1) == "h": sound = "x"; step = 2
            case "s" where at(1) == "c" && at(2) == "h": sound = "x"; step = 3
            case "c" where ["e", "i", "y"].contains(at(1)): sound = "s"
            case "c", "q": sound = "k"; if at(1) == "u" && letter == "q" { step = 2 }
            case "t" where at(1) == "h": sound = "t"; step = 2
            case "d" where at(1) == "t": sound = "t"; step = 2
            case "z": sound = "s"
            case "w": sound = "v"
            case "x": sound = "k"; sounds.append("k"); sound = "s"
            case "h": sound = nil
            case "a", "e", "i", "o", "u", "y": sound = index == 0 ? "a" : nil
            default: break
            }
            if let sound, sounds.last != sound { sounds.append(sound) }
            index += step
        }
        return String(sounds)
    }
}
