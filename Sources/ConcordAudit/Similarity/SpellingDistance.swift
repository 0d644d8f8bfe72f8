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
    private static let alike: Set<String> = [
        "ck", "cs", "sz", "td", "bp", "vw", "fv", "gj", "iy", "kq", "gk", "mn", "lr", "ks", "xs",
        "il", "l1", "o0", "ce", "uv", "nh", "rn", "i1", "ij",
    ]
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

    /// The cost of writing `b` where `a` belongs.
    static func substitutionCost(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Double {
        if a == b { return 0 }
        if vowels.contains(a) && vowels.contains(b) { return vowelCost }
        let key = pairKey(a, b)
        if alike.contains(key) || adjacent.contains(key) { return slipCost }
        return 1
    }

    /// The cost of a letter `c` inserted or left out between `before` and `after`.
    static func indelCost(_ c: Unicode.Scalar, before: Unicode.Scalar?, after: Unicode.Scalar?) -> Double {
        if c == before || c == after { return slipCost }
        if vowels.contains(c) { return 0.8 }
        return 1
    }

    /// The distance from `a` (the right form) to `b` (the form found), or nil when it exceeds `limit`.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Double) -> Double? {
        let m = a.count, n = b.count
        if limit.isFinite, abs(m - n) > Int(limit / slipCost) { return nil }
        var previous2 = [Double](repeating: 0, count: n + 1)
        var previous = [Double](repeating: 0, count: n + 1)
        var current = [Double](repeating: 0, count: n + 1)
        for j in 0...n where j > 0 { previous[j] = previous[j - 1] + indelCost(b[j - 1], before: j > 1 ? b[j - 2] : nil, after: j < n ? b[j] : nil) }
        for i in 1...max(m, 1) where m > 0 {
            current[0] = previous[0] + indelCost(a[i - 1], before: i > 1 ? a[i - 2] : nil, after: i < m ? a[i] : nil)
            var rowMinimum = current[0]
            for j in 1...max(n, 1) where n > 0 {
                var best = previous[j - 1] + substitutionCost(a[i - 1], b[j - 1])
                best = min(best, previous[j] + indelCost(a[i - 1], before: i > 1 ? a[i - 2] : nil, after: i < m ? a[i] : nil))
                best = min(best, current[j - 1] + indelCost(b[j - 1], before: j > 1 ? b[j - 2] : nil, after: j < n ? b[j] : nil))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    best = min(best, previous2[j - 2] + slipCost)
                }
                current[j] = best
                rowMinimum = min(rowMinimum, best)
            }
            if rowMinimum > limit { return nil }
            (previous2, previous, current) = (previous, current, previous2)
        }
        let result = previous[n]
        return result <= limit + 1e-9 ? result : nil
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
