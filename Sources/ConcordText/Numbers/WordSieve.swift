/// A quick test of whether a word can be one of a few known words (months, number words),
/// with no false negatives: one bit per bucket of a case-folded hash. Most words of a text
/// are passed over this way without making a string.
struct WordSieve: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1 << (Self.bucketBits - 6))

    init(_ words: some Sequence<String>) {
        for word in words {
            let bucket = Self.bucket(word.unicodeScalars)
            bits[bucket >> 6] |= 1 << UInt64(bucket & 63)
        }
    }

    /// 2¹⁶ buckets: a few hundred known words leave under 1 % of other words to be read.
    private static let bucketBits = 16

    /// `false` when the word is surely none of the known words.
    func mayContain(_ word: some Sequence<Unicode.Scalar>) -> Bool {
        let bucket = Self.bucket(word)
        return bits[bucket >> 6] & (1 << UInt64(bucket & 63)) != 0
    }

    /// FNV-1a over the scalars, upper-case ASCII and Latin-1 letters folded to lower case.
    private static func bucket(_ word: some Sequence<Unicode.Scalar>) -> Int {
        var hash = FNV1a()
        for scalar in word {
            var value = scalar.value
            if (0x41...0x5A).contains(value) || ((0xC0...0xDE).contains(value) && value != 0xD7) { value += 0x20 }
            hash.combine(UInt64(value))
        }
        return Int(truncatingIfNeeded: hash.value >> UInt64(64 - Self.bucketBits))
    }
}
