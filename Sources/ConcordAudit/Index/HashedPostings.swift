import ConcordText

/// Term ids by the 64-bit hash of a key, gathered from (hash, id) pairs and then frozen into
/// flat tables: one open-addressing table over the distinct hashes and one array of ids.
/// Frozen tables are written to an ``IndexFile`` and read back where they lie.
///
/// A dictionary of arrays made an array for every key and kept every key's string; with a
/// hundred thousand concepts that was most of the time spent building the index. Two keys
/// whose hashes collide share their ids (among a million keys, odds of about 10⁻⁷): lookups
/// by a term's own text compare it, fuzzy ones measure every candidate, and a lookup by
/// skeleton would be misled with odds of about 10⁻¹³.
struct HashedPostings: Sendable {
    private var pairs: [(hash: UInt64, id: Int32)] = []
    /// Key numbers by slot; -1 is an empty slot. At most half full.
    private var slots = FlatArray<Int32>([-1])
    private var keyHashes = FlatArray<UInt64>()
    /// The ids of key *k* are `ids[starts[k]..<starts[k + 1]]`.
    private var starts = FlatArray<Int32>([0])
    private var ids = FlatArray<Int32>()

    init() {}

    /// Adds `id` under `hash`; it can be looked up once ``freeze()`` has run.
    mutating func add(_ hash: UInt64, _ id: Int32) { pairs.append((hash, id)) }

    mutating func add(_ key: String, _ id: Int32) { add(Self.hash(key), id) }

    /// Groups the pairs by hash; each key's ids are kept once, in increasing order (glossary order).
    mutating func freeze() {
        pairs.sort { $0.hash != $1.hash ? $0.hash < $1.hash : $0.id < $1.id }
        var keyHashes: [UInt64] = [], starts: [Int32] = [], ids: [Int32] = []
        ids.reserveCapacity(pairs.count)
        for (index, pair) in pairs.enumerated() {
            if index > 0, pairs[index - 1] == pair { continue }
            if index == 0 || pairs[index - 1].hash != pair.hash {
                keyHashes.append(pair.hash)
                starts.append(Int32(ids.count))
            }
            ids.append(pair.id)
        }
        starts.append(Int32(ids.count))
        pairs = []
        var capacity = 1
        while capacity <= 2 * keyHashes.count { capacity <<= 1 }
        var slots = [Int32](repeating: -1, count: capacity)
        for (key, hash) in keyHashes.enumerated() {
            var slot = Self.slot(hash, capacity - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(key)
        }
        self.slots = FlatArray(slots)
        self.keyHashes = FlatArray(keyHashes)
        self.starts = FlatArray(starts)
        self.ids = FlatArray(ids)
    }

    /// Writes the frozen tables for ``init(reading:idLimit:)``.
    func write(to writer: inout ByteWriter) {
        writer.write(table: slots)
        writer.write(table: keyHashes)
        writer.write(table: starts)
        writer.write(table: ids)
    }

    /// Frozen tables read back, checked so that no lookup can leave them or loop forever, and
    /// that every id is below `idLimit`.
    init(reading reader: inout ByteReader, idLimit: Int32) throws(ByteReader.Damaged) {
        slots = try reader.readTable(of: Int32.self)
        keyHashes = try reader.readTable(of: UInt64.self)
        starts = try reader.readTable(of: Int32.self)
        ids = try reader.readTable(of: Int32.self)
        let keys = Int32(keyHashes.count), idCount = Int32(ids.count)
        guard slots.count.nonzeroBitCount == 1, slots.count > keyHashes.count, starts.count == keyHashes.count + 1,
              slots.buffer.allSatisfy({ $0 >= -1 && $0 < keys }), slots.buffer.contains(-1),
              starts.first == 0, starts.last == idCount, zip(starts.buffer, starts.buffer.dropFirst()).allSatisfy({ $0 <= $1 }),
              ids.buffer.allSatisfy({ $0 >= 0 && $0 < idLimit }) else { throw ByteReader.Damaged() }
    }

    /// The ids under `hash`, empty when there are none.
    func ids(forHash hash: UInt64) -> Slice<FlatArray<Int32>> {
        let mask = slots.count - 1
        var slot = Self.slot(hash, mask)
        while slots[slot] >= 0 {
            let key = Int(slots[slot])
            if keyHashes[key] == hash { return ids[Int(starts[key])..<Int(starts[key + 1])] }
            slot = (slot + 1) & mask
        }
        return ids[0..<0]
    }

    /// The ids under `key`, empty when there are none.
    subscript(key: String) -> Slice<FlatArray<Int32>> { ids(forHash: Self.hash(key)) }

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
