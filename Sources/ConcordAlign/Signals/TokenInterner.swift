import Foundation
import ConcordText

/// Gives each distinct UTF-16 token text a small id, without making a string per occurrence:
/// the texts are kept one after another in one buffer, found through an open-addressing table
/// of their hashes.
struct TokenInterner {
    private var units: [UInt16] = []
    /// Text `id` is `units[starts[id]..<starts[id + 1]]`.
    private var starts: [Int] = [0]
    /// Ids by hash slot; -1 is an empty slot. The table is kept at most half full.
    private var slots = [Int32](repeating: -1, count: 1024)

    var count: Int { starts.count - 1 }

    /// The id of `text`, and whether it was new.
    mutating func intern(_ text: UnsafeBufferPointer<UInt16>) -> (id: Int32, isNew: Bool) {
        let mask = slots.count - 1
        var slot = Self.hash(text) & mask
        while slots[slot] >= 0 {
            let id = Int(slots[slot])
            if isText(id, equalTo: text) { return (Int32(id), false) }
            slot = (slot + 1) & mask
        }
        let id = Int32(count)
        units.append(contentsOf: text)
        starts.append(units.count)
        slots[slot] = id
        if 2 * count > slots.count { grow() }
        return (id, true)
    }

    private func isText(_ id: Int, equalTo text: UnsafeBufferPointer<UInt16>) -> Bool {
        let start = starts[id], length = starts[id + 1] - start
        guard length == text.count else { return false }
        guard length > 0 else { return true }
        return units.withUnsafeBufferPointer { units in
            memcmp(units.baseAddress! + start, text.baseAddress!, length * MemoryLayout<UInt16>.size) == 0
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        units.withUnsafeBufferPointer { units in
            for id in 0..<count {
                var slot = Self.hash(UnsafeBufferPointer(rebasing: units[starts[id]..<starts[id + 1]])) & mask
                while slots[slot] >= 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(id)
            }
        }
    }

    /// FNV-1a over the code units.
    private static func hash(_ text: UnsafeBufferPointer<UInt16>) -> Int {
        var hash = FNV1a()
        for unit in text { hash.combine(UInt64(unit)) }
        return Int(truncatingIfNeeded: hash.value ^ (hash.value >> 29))
    }
}
