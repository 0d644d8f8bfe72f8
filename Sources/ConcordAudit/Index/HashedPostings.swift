import ConcordText

/// Term ids by the 64-bit hash of a key, gathered from (hash, id) pairs and then frozen into
/// flat arrays: one open-addressing table over the distinct hashes and one array of ids.
///
/// A dictionary of arrays made an array for every key and kept every key's string; with a
/// hundred thousand concepts that was most of the time spent building the index. Two keys
/// whose hashes collide share their ids (among a million keys, odds of about 10⁻⁷): lookups
/// by a term's own text compare it, fuzzy ones measure every candidate, and a lookup by
/// skeleton would be misled with odds of about 10⁻¹³.
struct HashedPostings: Sendable {
    private var pairs: [(hash: UInt64, id: Int32)] = []
    /// Key numbers by slot; -1 is an empty slot. At most half full.
    private var slots: [Int32] = [-1]
    private var keyHashes: [UInt64] = []
    /// The ids of key *k* are `ids[starts[k]..<starts[k + 1]]`.
    private var starts: [Int32] = [0]
    private var ids: [Int32] = []

    /// Adds `id` under `hash`; it can be looked up once ``freeze()`` has run.
    mutating func add(_ hash: UInt64, _ id: Int32) { pairs.append((hash, id)) }

    mutating func add(_ key: String, _ id: Int32) { add(Self.hash(key), id) }

    /// Groups the pairs by hash; each key's ids are kept once, in increasing order (glossary order).
    mutating func freeze() {
        pairs.sort { $0.hash != $1.hash ? $0.hash < $1.hash : $0.id < $1.id }
        ids.reserveCapacity(pairs.count)
        for (index, pair) in pairs.enumerated() {
            if index > 0, pairs[index - 1] == pair { continue }
            if index == 0 || pairs[index - 1].hash != pair.hash {
                keyHashes.append(pair.hash)
                starts.append(Int32(ids.count))
            }
            ids.append(pair.id)
        }
        starts.removeFirst()
        starts.append(Int32(ids.count))
        pairs = []
        var capacity = 1
        while capacity < 2 * keyHashes.count { capacity <<= 1 }
        slots = [Int32](repeating: -1, count: capacity)
        for (key, hash) in keyHashes.enumerated() {
            var slot = Self.slot(hash, capacity - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(key)
        }
    }

    /// The ids under `hash`, empty when there are none.
    func ids(forHash hash: UInt64) -> ArraySlice<Int32> {
        let mask = slots.count - 1
        var slot = Self.slot(hash, mask)
        while slots[slot] >= 0 {
            let key = Int(slots[slot])
            if keyHashes[key] == hash { return ids[Int(starts[key])..<Int(starts[key + 1])] }
            slot = (slot + 1) & mask
        }
        return []
    }

    /// The ids under `key`, nil when there are none.
    subscript(key: String) -> ArraySlice<Int32>? {
        let found = ids(forHash: Self.hash(key))
        return found.isEmpty ? nil : found
    }

    private static func slot(_ hash: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 31)) & mask
    }

    /// FNV-1a over the key's UTF-8 bytes.
    static func hash(_ key: String) -> UInt64 {
        var hash = FNV1a()
        for byte in key.utf8 { hash.combine(UInt64(byte)) }
        return hash.value
    }
}
