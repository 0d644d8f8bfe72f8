import ConcordText

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
/// Forms are kept as 64-bit hashes in ``HashedPostings``, so a 100,000-concept glossary costs
/// a few tens of megabytes. Hash collisions only add candidates, which the caller verifies.
struct DeletionNeighbourhood: Sendable {
    /// Forms shared by more terms than this say nothing about any of them (in a large
    /// glossary, `kav` is one deletion from thousands of names) and are not looked up.
    static let maximumPostings = 32
    /// Keys longer than this are neither indexed nor looked up: no name has a word that long,
    /// and a key of *n* letters has about *n*² forms two deletions short, each hashed in *n*
    /// steps (a 2 MB word in a text or a glossary would never finish).
    static let maximumKeyLength = 40

    private var forms = HashedPostings()

    init() {}

    /// Indexes `key` for the value `value`, with its forms up to `deletions` (1 or 2) letters
    /// shorter. Values can be looked up once ``freeze()`` has run.
    mutating func insert(_ key: [Unicode.Scalar], value: Int32, deletions: Int = 1) {
        guard key.count <= Self.maximumKeyLength else { return }
        forms.add(Self.hash(key, skipping: -1, -1), value)
        for i in key.indices.dropFirst() {
            forms.add(Self.hash(key, skipping: i, -1), value)
            if deletions >= 2 {
                for j in (i + 1)..<key.count { forms.add(Self.hash(key, skipping: i, j), value) }
            }
        }
    }

    /// Groups the forms; a doubled letter gives one form twice (`Pompeoo`), kept once.
    mutating func freeze() { forms.freeze() }

    func write(to writer: inout ByteWriter) { forms.write(to: &writer) }

    /// Tables read back; every value must be below `valueLimit`.
    init(reading reader: inout ByteReader, valueLimit: Int32) throws(ByteReader.Damaged) {
        forms = try HashedPostings(reading: &reader, idLimit: valueLimit)
    }

    /// The values of keys that may be within reach of `query`: one deletion on the indexed
    /// side and up to `queryDeletions` (1 or 2) on the query side.
    func candidates(_ query: [Unicode.Scalar], queryDeletions: Int) -> Set<Int32> {
        var found = Set<Int32>()
        guard query.count <= Self.maximumKeyLength else { return found }
        func collect(_ hash: UInt64) {
            let values = forms.ids(forHash: hash)
            if values.count <= Self.maximumPostings { found.formUnion(values) }
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
        var hash = FNV1a()
        for (index, scalar) in key.enumerated() where index != a && index != b {
            hash.combine(UInt64(scalar.value))
        }
        hash.combine(UInt64(key.count - (a >= 0 ? 1 : 0) - (b >= 0 ? 1 : 0)))
        return hash.value
    }
}
