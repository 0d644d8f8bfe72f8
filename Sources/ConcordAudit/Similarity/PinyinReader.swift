import ConcordText

/// Reads Han text as toneless pinyin with ICU (`Han-Latin/Names; Latin-ASCII`), the names
/// variant that reads surnames right (`单` as `shan`), caching each character's syllable.
///
/// The transliterator is opened on first use: compiling its rules takes a fifth of a second,
/// which an audit of text without Chinese characters need not spend.
final class PinyinReader {
    private var transliterator: Transliterator?
    private var syllables: [Character: String] = [:]

    init() {}

    /// The key of a Han name read as pinyin (`赵立坚` → `zhaolijian`), comparable to the match
    /// keys of Latin words.
    func key(_ text: String) throws(ICUError) -> String {
        if transliterator == nil { transliterator = try Transliterator(id: Transliterator.hanToLatinNames) }
        let latin = try transliterator!.transform(text)
        return String(latin.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) }.map(Character.init))
    }

    /// The syllable of each character (`蓬佩奥` → `peng`, `pei`, `ao`).
    func syllables(_ text: String) throws(ICUError) -> [String] {
        var result: [String] = []
        for character in text {
            if let known = syllables[character] {
                result.append(known)
                continue
            }
            let syllable = try key(String(character))
            syllables[character] = syllable
            result.append(syllable)
        }
        return result
    }

    /// `true` when two syllables could be heard as one another: the same initial with a final
    /// of the same nasal ending (`peng`/`pang`, `lin`/`lan`), or the same final with a close
    /// initial (`zhang`/`zang`).
    static func soundAlike(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let (initialA, finalA) = split(a), (initialB, finalB) = split(b)
        if initialA == initialB { return nasal(finalA) == nasal(finalB) && nasal(finalA) != nil }
        return finalA == finalB && initialA.first == initialB.first
    }

    private static func nasal(_ final: String) -> String? {
        final.hasSuffix("ng") ? "ng" : final.hasSuffix("n") ? "n" : nil
    }

    private static let initials = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w"]

    private static func split(_ syllable: String) -> (String, String) {
        for initial in initials where syllable.hasPrefix(initial) {
            return (initial, String(syllable.dropFirst(initial.count)))
        }
        return ("", syllable)
    }
}
