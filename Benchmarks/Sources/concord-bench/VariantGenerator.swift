import Foundation

/// Deterministic misspellings of names, of the kinds people, keyboards, OCR and machine
/// translation make: each kind is one edit (two for names of ten letters or more).
struct VariantGenerator {
    enum Kind: String, CaseIterable {
        case keyboard, vowel, phonetic, transposition, deletion, doubling, insertion, substitution, split, duplicate, homoglyph
    }

    private var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    private static let keyboardNeighbours: [Character: String] = {
        let rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"].map(Array.init)
        var map: [Character: String] = [:]
        for (r, row) in rows.enumerated() {
            for (i, letter) in row.enumerated() {
                var near = ""
                if i > 0 { near.append(row[i - 1]) }
                if i + 1 < row.count { near.append(row[i + 1]) }
                if r > 0, i < rows[r - 1].count { near.append(rows[r - 1][i]) }
                if r + 1 < rows.count, i < rows[r + 1].count { near.append(rows[r + 1][i]) }
                map[letter] = near
            }
        }
        return map
    }()
    private static let phonetic: [Character: String] = ["c": "ks", "k": "cq", "s": "zc", "z": "s", "t": "d", "d": "t", "b": "p", "p": "b", "v": "wf", "w": "v", "f": "v", "g": "jk", "j": "g", "i": "y", "y": "i", "m": "n", "n": "m"]
    private static let vowels: [Character] = ["a", "e", "i", "o", "u"]
    private static let homoglyphs: [Character: Character] = ["a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і"]

    /// A variant of `name` of the given kind, or nil when the kind does not apply to it.
    mutating func variant(of name: String, kind: Kind) -> String? {
        var letters = Array(name)
        let words = name.split(separator: " ")
        let positions = letters.indices.filter { letters[$0].isLetter && letters[$0].isLowercase && $0 > 0 && letters[$0 - 1] != " " }
        guard !positions.isEmpty else { return nil }
        let edits = letters.filter(\.isLetter).count >= 10 && kind != .split && kind != .duplicate && kind != .homoglyph ? 2 : 1
        switch kind {
        case .split:
            guard words.count == 1, letters.count >= 6 else { return nil }
            let cut = 3 + Int(random.next() % UInt64(letters.count - 5))
            return String(letters[..<cut]) + " " + String(letters[cut...]).capitalized
        case .duplicate:
            guard words.count >= 2 else { return nil }
            return ([String(words[0])] + words.map(String.init)).joined(separator: " ")
        case .homoglyph:
            let candidates = positions.filter { Self.homoglyphs[letters[$0]] != nil }
            guard let at = pick(candidates) else { return nil }
            letters[at] = Self.homoglyphs[letters[at]]!
            return String(letters)
        default:
            for _ in 0..<edits {
                guard let edited = edit(letters, kind: kind) else { return nil }
                letters = edited
            }
            let result = String(letters)
            return result == name ? nil : result
        }
    }

    private mutating func edit(_ letters: [Character], kind: Kind) -> [Character]? {
        var letters = letters
        let positions = letters.indices.filter { letters[$0].isLetter && letters[$0].isLowercase && $0 > 0 && letters[$0 - 1] != " " }
        switch kind {
        case .keyboard:
            guard let at = pick(positions), let near = Self.keyboardNeighbours[letters[at]], let c = pick(Array(near)) else { return nil }
            letters[at] = c
        case .vowel:
            guard let at = pick(positions.filter { Self.vowels.contains(letters[$0]) }) else { return nil }
            letters[at] = pick(Self.vowels.filter { $0 != letters[at] })!
        case .phonetic:
            guard let at = pick(positions.filter { Self.phonetic[letters[$0]] != nil }) else { return nil }
            letters[at] = pick(Array(Self.phonetic[letters[at]]!))!
        case .transposition:
            guard let at = pick(positions.filter { $0 + 1 < letters.count && letters[$0 + 1].isLetter && letters[$0 + 1] != letters[$0] }) else { return nil }
            letters.swapAt(at, at + 1)
        case .deletion:
            guard let at = pick(positions) else { return nil }
            letters.remove(at: at)
        case .doubling:
            guard let at = pick(positions) else { return nil }
            letters.insert(letters[at], at: at)
        case .insertion:
            guard let at = pick(positions) else { return nil }
            letters.insert(pick(Array("abcdefghijklmnopqrstuvwxyz"))!, at: at)
        case .substitution:
            guard let at = pick(positions) else { return nil }
            letters[at] = pick(Array("abcdefghijklmnopqrstuvwxyz").filter { $0 != letters[at] })!
        case .split, .duplicate, .homoglyph:
            return nil
        }
        return letters
    }

    mutating func pick<T>(_ items: [T]) -> T? {
        items.isEmpty ? nil : items[Int(random.next() % UInt64(items.count))]
    }

    mutating func nextInt(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
}

/// A small, fast, reproducible random number generator (Steele, Lea and Flood's SplitMix64).
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
