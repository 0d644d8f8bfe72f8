/// Scored candidate pairs, from which an assignment is made at a threshold.
public struct ComparableCandidates {
    struct Scored: Sendable {
        let sourceDocument: Int, targetDocument: Int, sourceIndex: Int, targetIndex: Int
        var score: Double
        let table: Int
        let slotA: Int32, slotB: Int32
        /// The sum of the two best similarities of each of the two segments against all the
        /// documents of the other's language (this pair's own among them).
        var rivals = 0.0
    }

    let scored: [Scored]
    let tables: [EvidenceTable]

    /// Takes the similarities of the candidate pairs and scores each pair by its similarity times
    /// its share of the competition: the similarity over the mean, on its two segments, of the
    /// sum of each segment's two best similarities (the pair's own included). A pair that is
    /// each of its segments' only candidate keeps its similarity; one whose segments both have
    /// an equally good alternative keeps half. Between similar texts (the verses of one
    /// chapter, reports of one event) a pair that stands out is more likely right than one that
    /// merely scores high, as in margin-based bitext mining (Artetxe & Schwenk 2019).
    init(similarities: [Scored], tables: [EvidenceTable]) {
        scored = similarities.map { pair in
            var adjusted = pair
            adjusted.score = pair.score * pair.score / (pair.rivals / 2)
            return adjusted
        }
        self.tables = tables
    }

    /// How much of the threshold a pair needs when each of its segments is the other's best
    /// candidate, as in competitive linking: a segment whose best candidate lies elsewhere is
    /// weaker evidence than one whose candidates all lose to this pair. Bible-dev comparable F1
    /// at the best threshold over three samplings (seeds 7070, 1, 2; before names were read
    /// across words only when both are single characters), en-zh: .839 / .855 / .839
    /// with 1 (no such rule), .849 / .863 / .851 with 0.7, .846 / .867 / .849 with 0.6; en-fr
    /// .903 / .895 / .900 with 1, .906 / .895 / .909 with 0.7.
    public static let mutualShare = 0.7

    /// A segment as it meets the segments of one other document.
    private static func side(_ document: Int, _ segment: Int, against other: Int) -> Int64 {
        Int64(document) << 42 | Int64(other) << 21 | Int64(segment)
    }

    /// One-to-one pairs above `threshold` for each pair of documents, best first; then a
    /// segment may take a second partner scoring at least 80 % of its first (one long sentence
    /// covering two short ones). A pair that is each of its segments' best candidate in the
    /// other document is kept down to ``mutualShare`` of `threshold`. Evidence is attached to
    /// the pairs kept.
    public func pairs(threshold: Double) -> [ComparablePair] {
        assignment(threshold: threshold).map { pair in
            ComparablePair(sourceDocument: pair.sourceDocument, targetDocument: pair.targetDocument,
                           sourceIndex: pair.sourceIndex, targetIndex: pair.targetIndex, score: pair.score,
                           evidence: tables[pair.table].evidence(pair.slotA, pair.slotB))
        }
    }

    /// The pairs kept at `threshold`, without their evidence, sorted by documents then segments.
    func assignment(threshold: Double) -> [Scored] {
        var bestOfSide: [Int64: Double] = [:]
        for pair in scored {
            let source = Self.side(pair.sourceDocument, pair.sourceIndex, against: pair.targetDocument)
            let target = Self.side(pair.targetDocument, pair.targetIndex, against: pair.sourceDocument)
            bestOfSide[source] = max(bestOfSide[source] ?? 0, pair.score)
            bestOfSide[target] = max(bestOfSide[target] ?? 0, pair.score)
        }
        let ordered = scored.filter { pair in
            let source = Self.side(pair.sourceDocument, pair.sourceIndex, against: pair.targetDocument)
            let target = Self.side(pair.targetDocument, pair.targetIndex, against: pair.sourceDocument)
            let isMutual = pair.score == bestOfSide[source] && pair.score == bestOfSide[target]
            return pair.score >= (isMutual ? Self.mutualShare * threshold : threshold)
        }
            .sorted { ($0.score, -$0.sourceDocument, -$0.sourceIndex, -$0.targetIndex) > ($1.score, -$1.sourceDocument, -$1.sourceIndex, -$1.targetIndex) }
        var best: [Int64: Double] = [:]
        var partners: [Int64: Int] = [:]
        var kept: [Scored] = []
        for pair in ordered {
            let source = Self.side(pair.sourceDocument, pair.sourceIndex, against: pair.targetDocument)
            let target = Self.side(pair.targetDocument, pair.targetIndex, against: pair.sourceDocument)
            let sourceCount = partners[source, default: 0], targetCount = partners[target, default: 0]
            let accept: Bool
            switch (sourceCount, targetCount) {
            case (0, 0): accept = true
            case (1, 0): accept = pair.score >= 0.8 * best[source]!
            case (0, 1): accept = pair.score >= 0.8 * best[target]!
            default: accept = false
            }
            guard accept else { continue }
            kept.append(pair)
            partners[source] = sourceCount + 1
            partners[target] = targetCount + 1
            best[source] = best[source] ?? pair.score
            best[target] = best[target] ?? pair.score
        }
        return kept.sorted { ($0.sourceDocument, $0.targetDocument, $0.sourceIndex, $0.targetIndex) < ($1.sourceDocument, $1.targetDocument, $1.sourceIndex, $1.targetIndex) }
    }
}
