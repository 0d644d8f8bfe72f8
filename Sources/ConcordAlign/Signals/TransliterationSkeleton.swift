/// The consonant skeleton under which a Latin-script name and the pinyin of its Chinese
/// transliteration tend to meet: `Abraham` and 亚伯拉罕 `yabolahan` both give `PL`, `Mizpah`
/// and 米斯巴 `misiba` both `NS`, `Jebusite` and 耶布斯 `yebusi` both `PS`.
///
/// Chinese transliteration writes `r` as `l`, ends syllables only in `n` or `ng`, drops final
/// consonants and adds vowels; so vowels, `h`, `w`, `y`, a Latin `j` and an `r` that closes a
/// syllable are dropped (pinyin `j` counts as `k`, its `c` as `s`); `l`/`r`, `b`/`p`,
/// `d`/`t`, `g`/`k`/`q`, `f`/`v`/`ph`, `m`/`n`/`ng`, and `s`/`z`/`x`/`c`/`sh`/`ch`/`zh` are each
/// one sound; a sound repeated is written once; and only the first ``length`` sounds are kept.
enum TransliterationSkeleton {
    /// Two sounds: Chinese often drops a name's later consonants (`Amorite`, 亚摩利 `yamoli`).
    static let length = 2
    /// A skeleton of one sound is shared by too many words to say anything.
    static let minimumLength = 2

    /// The skeleton of a lower-case name, or of `pinyin` when it is one (its `j` writes a `k` or
    /// a `g`: 基提 `jiti` for `Kittim`), or nil when it is too short.
    static func of(_ word: String, pinyin: Bool = false) -> String? {
        let skeleton = sounds(of: word, pinyin: pinyin, keepingVowels: false, upTo: length)
        return skeleton.count >= minimumLength ? String(decoding: skeleton, as: UTF8.self) : nil
    }

    /// Sounds kept with ``withVowels(_:pinyin:)``: the consonant skeleton of a name of one
    /// consonant says nothing, but `Esau` and 以扫 `yisao` both start `ESA`.
    static let voweledLength = 3

    /// The first ``voweledLength`` sounds of a lower-case name or of `pinyin`, vowels kept as
    /// three classes (`a`; `e`, `i`; `o`, `u`), the consonants as in ``of(_:pinyin:)`` but for
    /// a Latin `ch`, read `k` as biblical and Greek names have it (`Enoch`, `Rachel`): `Nod`
    /// and 挪得 `nuode` both `NOT`, `Babel` and 巴别 `babie` both `PAP`. Chinese adds a vowel
    /// after each consonant, so a name of clustered consonants (`Abraham`, 亚伯拉罕
    /// `yabolahan`) meets by its skeleton instead. `y` before a vowel, `w` and `h` are not
    /// sounds; a sound repeated is written once.
    static func withVowels(_ word: String, pinyin: Bool = false) -> String? {
        let sounds = sounds(of: word, pinyin: pinyin, keepingVowels: true, upTo: voweledLength)
        return sounds.count == voweledLength ? String(decoding: sounds, as: UTF8.self) : nil
    }

    /// The first `limit` sounds of a word, one letter per sound class, a class repeated written once.
    private static func sounds(of word: String, pinyin: Bool, keepingVowels: Bool, upTo limit: Int) -> [UInt8] {
        var sounds: [UInt8] = []
        func emit(_ sound: Character) {
            let byte = sound.asciiValue!
            if sounds.last != byte { sounds.append(byte) }
        }
        let letters = Array(word.utf8)
        var index = 0
        while index < letters.count, sounds.count < limit {
            let next = index + 1 < letters.count ? letters[index + 1] : 0
            var step = 1
            switch letters[index] {
            case UInt8(ascii: "a") where keepingVowels: emit("A")
            case UInt8(ascii: "e"), UInt8(ascii: "i"): if keepingVowels { emit("E") }
            case UInt8(ascii: "o"), UInt8(ascii: "u"): if keepingVowels { emit("O") }
            case UInt8(ascii: "y") where keepingVowels && !isVowel(next): emit("E")
            case UInt8(ascii: "p") where next == UInt8(ascii: "h"): emit("F"); step = 2
            case UInt8(ascii: "t") where next == UInt8(ascii: "h"): emit("T"); step = 2
            case UInt8(ascii: "s") where next == UInt8(ascii: "h"), UInt8(ascii: "z") where next == UInt8(ascii: "h"):
                emit("S"); step = 2
            case UInt8(ascii: "c") where next == UInt8(ascii: "h"): emit(keepingVowels && !pinyin ? "K" : "S"); step = 2
            case UInt8(ascii: "c") where next == UInt8(ascii: "k"): emit("K"); step = 2
            case UInt8(ascii: "n") where next == UInt8(ascii: "g"): emit("N"); step = 2
            case UInt8(ascii: "c") where pinyin || next == UInt8(ascii: "e") || next == UInt8(ascii: "i") || next == UInt8(ascii: "y"):
                emit("S")
            case UInt8(ascii: "c"), UInt8(ascii: "g"), UInt8(ascii: "k"), UInt8(ascii: "q"): emit("K")
            case UInt8(ascii: "j") where pinyin: emit("K")
            case UInt8(ascii: "b"), UInt8(ascii: "p"): emit("P")
            case UInt8(ascii: "d"), UInt8(ascii: "t"): emit("T")
            case UInt8(ascii: "f"), UInt8(ascii: "v"): emit("F")
            // An `r` that closes a syllable is not written in Chinese (`Tarshish`, 他施 `tashi`;
            // `Jordan`, 约旦 `yuedan`).
            case UInt8(ascii: "r") where !keepingVowels && next != 0 && !isVowel(next): break
            case UInt8(ascii: "l"), UInt8(ascii: "r"): emit("L")
            case UInt8(ascii: "m"), UInt8(ascii: "n"): emit("N")
            case UInt8(ascii: "s"), UInt8(ascii: "z"), UInt8(ascii: "x"): emit("S")
            default: break
            }
            index += step
        }
        return sounds
    }

    private static func isVowel(_ letter: UInt8) -> Bool {
        "aeiouy".utf8.contains(letter)
    }
}
