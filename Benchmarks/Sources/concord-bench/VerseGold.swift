import ConcordAlign

/// The gold pairs of a corpus of articles whose segments carry verse ids: every two segments of
/// different articles that share a verse.
struct VerseGold {
    /// `[document, segment, document, segment]`, the first segment before the second.
    private var pairs = Set<[Int]>()

    /// - Parameter verses: the verse ids of each segment of each document.
    init(verses: [[Set<String>]]) {
        var holders: [String: [[Int]]] = [:]
        for (document, segments) in verses.enumerated() {
            for (segment, ids) in segments.enumerated() { for verse in ids { holders[verse, default: []].append([document, segment]) } }
        }
        for segments in holders.values {
            for (index, first) in segments.enumerated() {
                for second in segments[(index + 1)...] where first[0] != second[0] { pairs.insert(Self.key(first, second)) }
            }
        }
    }

    var count: Int { pairs.count }

    func contains(_ pair: ComparablePair) -> Bool {
        pairs.contains(Self.key([pair.sourceDocument, pair.sourceIndex], [pair.targetDocument, pair.targetIndex]))
    }

    private static func key(_ a: [Int], _ b: [Int]) -> [Int] { a.lexicographicallyPrecedes(b) ? a + b : b + a }
}
