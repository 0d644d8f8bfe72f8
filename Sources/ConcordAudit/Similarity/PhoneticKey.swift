/// A rough sound key for Latin-script names, in the spirit of Metaphone: spellings that are
/// read alike share it (`Adolfo`/`Adolpho`, `Aquino`/`Akino`, `Bruckner`/`Brookner`).
///
/// The first letter is kept (a vowel as `a`); `ph`→`f`, `ck`/`q`/hard `c`→`k`, soft `c`/`z`→`s`,
/// `ch`/`sh`/`sch`→`x`, `w`→`v`, `th`→`t`, `dt`→`t`, `x`→`ks`; other `h`s and the vowels after
/// the first letter are dropped; a sound repeated is written once.
enum PhoneticKey {
    /// Shorter keys (`Pompeo` → `pmp`) are shared by too many words (`Pompey`) to tell anything.
    static let minimumLength = 4

    /// Whether a sound key says enough to look a name up by: four sounds, or three in a name of
    /// seven letters or more (`Bishara` and `Bechara` are both `bxr`).
    static func isSpecific(_ key: String, letters: Int) -> Bool {
        key.count >= minimumLength || (key.count == minimumLength - 1 && letters >= 7)
    }

    /// The key of a match key (lower case, no accents); letters outside a–z are ignored.
    static func key(_ matchKey: String) -> String {
        let letters = matchKey.utf8.filter { (0x61...0x7A).contains($0) }
        var sounds: [UInt8] = []
        sounds.reserveCapacity(letters.count)
        func emit(_ sound: UInt8) {
            if sounds.last != sound { sounds.append(sound) }
        }
        func at(_ index: Int) -> UInt8 { index < letters.count ? letters[index] : 0 }
        var index = 0
        while index < letters.count {
            let letter = letters[index]
            let next = at(index + 1)
            var step = 1
            switch letter {
            case UInt8(ascii: "p") where next == UInt8(ascii: "h"): emit(UInt8(ascii: "f")); step = 2
            case UInt8(ascii: "c") where next == UInt8(ascii: "k"): emit(UInt8(ascii: "k")); step = 2
            case UInt8(ascii: "c") where next == UInt8(ascii: "h"), UInt8(ascii: "s") where next == UInt8(ascii: "h"):
                emit(UInt8(ascii: "x")); step = 2
            case UInt8(ascii: "s") where next == UInt8(ascii: "c") && at(index + 2) == UInt8(ascii: "h"):
                emit(UInt8(ascii: "x")); step = 3
            case UInt8(ascii: "c") where next == UInt8(ascii: "e") || next == UInt8(ascii: "i") || next == UInt8(ascii: "y"):
                emit(UInt8(ascii: "s"))
            case UInt8(ascii: "q"):
                emit(UInt8(ascii: "k")); if next == UInt8(ascii: "u") { step = 2 }
            case UInt8(ascii: "c"): emit(UInt8(ascii: "k"))
            case UInt8(ascii: "t") where next == UInt8(ascii: "h"), UInt8(ascii: "d") where next == UInt8(ascii: "t"):
                emit(UInt8(ascii: "t")); step = 2
            case UInt8(ascii: "z"): emit(UInt8(ascii: "s"))
            case UInt8(ascii: "w"): emit(UInt8(ascii: "v"))
            case UInt8(ascii: "x"): emit(UInt8(ascii: "k")); emit(UInt8(ascii: "s"))
            case UInt8(ascii: "h"): break
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "y"):
                if index == 0 { emit(UInt8(ascii: "a")) }
            default: emit(letter)
            }
            index += step
        }
        return String(decoding: sounds, as: UTF8.self)
    }
}
