/// Symmetric-deletion candidates (as in SymSpell): each indexed key is stored with every form
/// one letter shorter (two for long words); a query looks up itself and its forms one and two
/// letters shorter.
/// Two keys share an entry when they are within a few edits, so candidates come from a few
/// dozen hash lookups instead of a comparison with every term.
///
/// The first letter is never deleted: a name's first letter is rarely the one misspelt, and
/// keeping it divides the candidates of a large glossary by the size of the alphabet (it is
/// the blocking Soundex also relies on). Homoglyphs are found by skeleton instead.
///
/// Entries are 64-bit hashes chained in flat arrays, so a 100,000-concept glossary costs a few
/// tens of megabytes. Hash collisions only add candidates, which the caller verifies.
struct DeletionNeighbourhood: Sendable {
    /// Forms shared by more terms than this say nothing about any of them (in a large
    /// glossary, `kav` is one deletion from thousands of names) and are not looked up.
    static let maximumPostings: Int32 = 32

    private var heads: [UInt64: (first: Int32, count: Int32)] = [:]
    private var next: [Int32] = []
    private var values: [Int32] = []

    /// Indexes `key` for the value `value`, with its forms up to `deletions` (1 or 2) letters shorter.
    mutating func insert(_ key: [Unicode.Scalar], value: Int32, deletions: Int = 1) {
        var hashes = Set<UInt64>([Self.hash(key, skipping: -1, -1)])
        for i in key.indices.dropFirst() {
            hashes.insert(Self.hash(key, skipping: i, -1))
            if deletions >= 2 {
                for j in (i + 1)..<key.count { hashes.insert(Self.hash(key, skipping: i, j)) }
            }
        }
        for hash in hashes {
            values.append(value)
            let head = heads[hash]
            next.append(head?.first ?? -1)
            heads[hash] = (Int32(values.count - 1), (head?.count ?? 0) + 1)
        }
    }

    /// The values of keys that may be within reach of `query`: one deletion on the indexed
    /// side and up to `queryDeletions` (1 or 2) on the query side.
    func candidates(_ query: [Unicode.Scalar], queryDeletions: Int) -> Set<Int32> {
        var found = Set<Int32>()
        func collect(_ hash: UInt64) {
            guard let head = heads[hash], head.count <= Self.maximumPostings else { return }
            var entry = head.first
            while entry >= 0 {
                found.insert(values[Int(entry)])
                entry = next[Int(entry)]
            }
        }
        collect(Self.hash(query, skipping: -1, -1))
        for i in query.indices.dropFirst() {
            collect(Self.hash(query, skipping: i, -1))
            if queryDeletions >= 2 {
                for j in (i + 1)..<query.count { collect(Self.hash(query, skipping: i, j)) }
            }
        }
        return found
    }

    /// FNV-1a over the scalars, leaving out positions `a` and `b` (-1 for none), mixed with the length.
    private static func hash(_ key: [Unicode.Scalar], skipping a: Int, _ b: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for (index, scalar) in key.enumerated() where index != a && index != b {
            hash = (hash ^ UInt64(scalar.value)) &* 0x100_0000_01b3
        }
        let kept = key.count - (a >= 0 ? 1 : 0) - (b >= 0 ? 1 : 0)
        return (hash ^ UInt64(kept)) &* 0x100_0000_01b3
    }
}
