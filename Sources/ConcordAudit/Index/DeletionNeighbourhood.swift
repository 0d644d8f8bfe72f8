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
/// Forms are 64-bit hashes in an open-addressing table, their values chained in flat arrays,
/// so a 100,000-concept glossary costs a few tens of megabytes and builds without a hashed
/// dictionary. Hash collisions only add candidates, which the caller verifies.
struct DeletionNeighbourhood: Sendable {
    /// Forms shared by more terms than this say nothing about any of them (in a large
    /// glossary, `kav` is one deletion from thousands of names) and are not looked up.
    static let maximumPostings: Int32 = 32
    /// Keys longer than this are neither indexed nor looked up: no name has a word that long,
    /// and a key of *n* letters has about *n*² forms two deletions short, each hashed in *n*
    /// steps (a 2 MB word in a text or a glossary would never finish).
    static let maximumKeyLength = 40

    /// Form numbers by hash slot; -1 is an empty slot. Kept at most half full.
    private var slots = [Int32](repeating: -1, count: 1 << 12)
    private var formHashes: [UInt64] = []
    /// Each form's last value in `values` (a chain through `next`), and how many it has.
    private var formHead: [Int32] = []
    private var formCount: [Int32] = []
    private var next: [Int32] = []
    private var values: [Int32] = []

    /// Indexes `key` for the value `value`, with its forms up to `deletions` (1 or 2) letters shorter.
    mutating func insert(_ key: [Unicode.Scalar], value: Int32, deletions: Int = 1) {
        guard key.count <= Self.maximumKeyLength else { return }
        var hashes = [Self.hash(key, skipping: -1, -1)]
        for i in key.indices.dropFirst() {
            hashes.append(Self.hash(key, skipping: i, -1))
            if deletions >= 2 {
                for j in (i + 1)..<key.count { hashes.append(Self.hash(key, skipping: i, j)) }
            }
        }
        // A doubled letter gives the same form twice (`Pompeoo`); the value goes in once.
        hashes.sort()
        for (index, hash) in hashes.enumerated() where index == 0 || hashes[index - 1] != hash {
            let form = formNumber(hash)
            values.append(value)
            next.append(formHead[form])
            formHead[form] = Int32(values.count - 1)
            formCount[form] += 1
        }
    }

    /// The values of keys that may be within reach of `query`: one deletion on the indexed
    /// side and up to `queryDeletions` (1 or 2) on the query side.
    func candidates(_ query: [Unicode.Scalar], queryDeletions: Int) -> Set<Int32> {
        var found = Set<Int32>()
        guard query.count <= Self.maximumKeyLength else { return found }
        func collect(_ hash: UInt64) {
            guard let form = existingForm(hash), formCount[form] <= Self.maximumPostings else { return }
            var entry = formHead[form]
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

    private func existingForm(_ hash: UInt64) -> Int? {
        let mask = slots.count - 1
        var slot = Self.slot(hash, mask)
        while slots[slot] >= 0 {
            if formHashes[Int(slots[slot])] == hash { return Int(slots[slot]) }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// The number of the form with this hash, made when new.
    private mutating func formNumber(_ hash: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = Self.slot(hash, mask)
        while slots[slot] >= 0 {
            if formHashes[Int(slots[slot])] == hash { return Int(slots[slot]) }
            slot = (slot + 1) & mask
        }
        let form = formHashes.count
        formHashes.append(hash)
        formHead.append(-1)
        formCount.append(0)
        slots[slot] = Int32(form)
        if 2 * formHashes.count > slots.count { grow() }
        return form
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (form, hash) in formHashes.enumerated() {
            var slot = Self.slot(hash, mask)
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(form)
        }
    }

    private static func slot(_ hash: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 31)) & mask
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
