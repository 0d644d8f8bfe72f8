extension ComparablePair {
    /// Cluster numbers of `pairs` (0-based, in order of first appearance): pairs that share a
    /// segment state one fact, so two pairs meet in a cluster through any chain of shared segments.
    ///
    ///     // A0–B3, B3–C1, A5–B7  →  [0, 0, 1]
    public static func clusterNumbers(_ pairs: [ComparablePair]) -> [Int] {
        var parent: [SegmentID: SegmentID] = [:]
        func root(_ segment: SegmentID) -> SegmentID {
            var segment = segment
            while let up = parent[segment], up != segment { segment = up }
            return segment
        }
        for pair in pairs {
            let a = root(pair.sourceSegment), b = root(pair.targetSegment)
            parent[a] = parent[a] ?? a
            parent[b] = b
            if a != b { parent[a] = b }
        }
        var numbers: [SegmentID: Int] = [:]
        return pairs.map { pair in
            let cluster = root(pair.sourceSegment)
            if let known = numbers[cluster] { return known }
            let number = numbers.count
            numbers[cluster] = number
            return number
        }
    }

    /// A segment of one of the documents compared.
    public struct SegmentID: Hashable, Sendable {
        public let document: Int
        public let index: Int
    }

    public var sourceSegment: SegmentID { SegmentID(document: sourceDocument, index: sourceIndex) }
    public var targetSegment: SegmentID { SegmentID(document: targetDocument, index: targetIndex) }
}
