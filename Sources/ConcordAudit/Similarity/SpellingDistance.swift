/// A weighted Damerau–Levenshtein distance (optimal string alignment) between match keys,
/// where the slips people and machines make cost less than arbitrary edits: vowels swapped
/// (`Pompio`), neighbouring keys, letters that sound alike (`BydeDance`), letters OCR confuses,
/// swapped neighbours, doubled letters.
///
/// - Complexity: O(*m*·*n*) for keys of *m* and *n* letters; keys are short.
struct SpellingDistance {
    /// The cost of a slip of the common kinds.
    static let slipCost = 0.6
    static let vowelCost = 0.5

    private static let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u"]
    /// Pairs of letters that sound or look alike, each written in either order: they are looked
    /// up by ``pairKey(_:_:)``, which puts the smaller scalar first.
    private static let alike: Set<String> = Set([
        "ck", "cs", "sz", "td", "bp", "vw", "fv", "gj", "iy", "kq", "gk", "mn", "lr", "ks", "xs",
        "il", "l1", "o0", "ce", "uv", "nh", "rn", "i1", "ij",
    ].map { pair in pairKey(pair.unicodeScalars.first!, pair.unicodeScalars.last!) })
    private static let keyboardRows = ["qwertyuiop", "asdfghjkl", "zxcvbnm", "azertyuiop", "qsdfghjklm", "wxcvbn"]
    private static let adjacent: Set<String> = {
        var pairs = Set<String>()
        let rows = keyboardRows.map { Array($0.unicodeScalars) }
        for row in rows {
            for (a, b) in zip(row, row.dropFirst()) { pairs.insert(pairKey(a, b)) }
        }
        for (upper, lower) in [(rows[0], rows[1]), (rows[1], rows[2])] {
            for (index, letter) in upper.enumerated() {
                for offset in [-1, 0] where index + offset >= 0 && index + offset < lower.count {
                    pairs.insert(pairKey(letter, lower[index + offset]))
                }
            }
        }
        return pairs
    }()

    private static func pairKey(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> String {
        a.value < b.value ? "\(a)\(b)" : "\(b)\(a)"
    }

    /// Substitution costs between ASCII letters and digits, computed once: the distance is
    /// called for every candidate of every span, and a table lookup keeps it cheap.
    private static let asciiCosts: [Double] = {
        var table = [Double](repeating: 1, count: 128 * 128)
        for a in 0..<128 {
            for b in 0..<128 {
                let x = Unicode.Scalar(UInt8(a)), y = Unicode.Scalar(UInt8(b))
                if a == b { table[a * 128 + b] = 0 }
                else if vowels.contains(x) && vowels.contains(y) { table[a * 128 + b] = vowelCost }
                else if alike.contains(pairKey(x, y)) || adjacent.contains(pairKey(x, y)) { table[a * 128 + b] = slipCost }
            }
        }
        return table
    }()

    private static let asciiVowel: [Bool] = (0..<128).map { vowels.contains(Unicode.Scalar(UInt8($0))) }

    /// The cost of writing `b` where `a` belongs.
    @inline(__always)
    static func substitutionCost(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Double {
        if a == b { return 0 }
        guard a.value < 128, b.value < 128 else { return 1 }
        return asciiCosts[Int(a.value) * 128 + Int(b.value)]
    }

    /// The cost of a letter `c` inserted or left out between `before` and `after`. Besides a
    /// doubled letter, spellings of one name often differ by a letter that is not heard: an `h`
    /// after a consonant (`Dotan`/`Dothan`, `Käte`/`Käthe`), the `t` of `tz` (`Holz`/`Holtz`), the
    /// `c` of `ck` and `sch` (`Schenk`/`Schenck`, `Pash`/`Pasch`), the `j` of `lj` and `nj`
    /// (`Balić`/`Baljić`).
    @inline(__always)
    static func indelCost(_ c: Unicode.Scalar, before: Unicode.Scalar?, after: Unicode.Scalar?) -> Double {
        if c == before || c == after { return slipCost }
        switch c {
        case "h" where before.map { $0.value < 128 && !asciiVowel[Int($0.value)] && $0.properties.isAlphabetic } ?? false,
             "t" where after == "z",
             "c" where after == "k" || (before == "s" && after == "h"),
             "j" where before == "l" || before == "n":
            return slipCost
        default:
            break
        }
        if c.value < 128, asciiVowel[Int(c.value)] { return 0.8 }
        return 1
    }

    /// The distance from `a` (the right form) to `b` (the form found), or nil when it exceeds `limit`.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Double) -> Double? {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in distance(a, b, limit: limit) } }
    }

    static func distance(_ a: UnsafeBufferPointer<Unicode.Scalar>, _ b: UnsafeBufferPointer<Unicode.Scalar>, limit: Double) -> Double? {
        let m = a.count, n = b.count
        if limit.isFinite, abs(m - n) > Int(limit / slipCost) { return nil }
        guard m > 0, n > 0 else {
            let rest = m == 0 ? b : a
            let total = rest.indices.reduce(0.0) { $0 + indelCost(rest[$1], before: $1 > 0 ? rest[$1 - 1] : nil, after: $1 + 1 < rest.count ? rest[$1 + 1] : nil) }
            return total <= limit + 1e-9 ? total : nil
        }
        // Each letter's cost of being left out depends only on its neighbours: worked out once
        // per letter, not once per cell.
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: 3 * (n + 1) + m + n) { rows -> Double? in
            var previous2 = UnsafeMutableBufferPointer(rebasing: rows[0...n])
            var previous = UnsafeMutableBufferPointer(rebasing: rows[(n + 1)...(2 * n + 1)])
            var current = UnsafeMutableBufferPointer(rebasing: rows[(2 * n + 2)...(3 * n + 2)])
            let indelA = UnsafeMutableBufferPointer(rebasing: rows[(3 * n + 3)..<(3 * n + 3 + m)])
            let indelB = UnsafeMutableBufferPointer(rebasing: rows[(3 * n + 3 + m)..<(3 * n + 3 + m + n)])
            for i in 0..<m { indelA[i] = indelCost(a[i], before: i > 0 ? a[i - 1] : nil, after: i + 1 < m ? a[i + 1] : nil) }
            for j in 0..<n { indelB[j] = indelCost(b[j], before: j > 0 ? b[j - 1] : nil, after: j + 1 < n ? b[j + 1] : nil) }
            previous[0] = 0
            for j in 1...n { previous[j] = previous[j - 1] + indelB[j - 1] }
            for i in 1...m {
                current[0] = previous[0] + indelA[i - 1]
                var rowMinimum = current[0]
                for j in 1...n {
                    var best = previous[j - 1] + substitutionCost(a[i - 1], b[j - 1])
                    best = min(best, previous[j] + indelA[i - 1])
                    best = min(best, current[j - 1] + indelB[j - 1])
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        best = min(best, previous2[j - 2] + slipCost)
                    }
                    current[j] = best
                    rowMinimum = min(rowMinimum, best)
                }
                if rowMinimum > limit + 1e-9 { return nil }
                (previous2, previous, current) = (previous, current, previous2)
            }
            return previous[n] <= limit + 1e-9 ? previous[n] : nil
        }
    }

    /// The largest distance still read as a misspelling of a key of `length` letters: about one
    /// slip for short names, two for long ones.
    static func limit(forLength length: Int) -> Double {
        switch length {
        case ..<5: return 0
        case 5...6: return 1.0
        case 7...9: return 1.6
        default: return 2.0
        }
    }
}
