/// The anchors of the segments of one pair of languages, interned, to explain pairs.
final class EvidenceTable {
    var ids: [Anchor: Int32] = [:]
    var names: [Anchor] = []
    var weights: [Double] = []
    var keysA: [[Int32]] = []
    var keysB: [[Int32]] = []

    func id(_ key: Anchor) -> Int32 {
        if let known = ids[key] { return known }
        let new = Int32(names.count)
        ids[key] = new
        names.append(key)
        return new
    }

    /// The anchors two segments share, strongest first, in words.
    func evidence(_ slotA: Int32, _ slotB: Int32) -> [String] {
        let a = keysA[Int(slotA)], b = keysB[Int(slotB)]
        var shared: [Int32] = []
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if a[i] < b[j] { i += 1 } else if a[i] > b[j] { j += 1 } else { shared.append(a[i]); i += 1; j += 1 }
        }
        return shared.sorted { (weights[Int($0)], names[Int($1)].description) > (weights[Int($1)], names[Int($0)].description) }
            .map { names[Int($0)].explanation }
    }
}
