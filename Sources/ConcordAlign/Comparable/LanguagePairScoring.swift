import ConcordText
import Foundation

/// The candidate pairs between the segments of one language and those of another (or of the
/// same one) in ``ComparableMatcher``: the segments' anchors interned, weighted by inverse
/// document frequency over all segments, indexed by postings of the specific ones, and each
/// candidate's similarity, the geometric mean of how much of each segment the other covers.
struct LanguagePairScoring {
    let table = EvidenceTable()
    private var sideA: [(document: Int, segment: Int)] = [], sideB: [(document: Int, segment: Int)] = []
    /// The group (word) of each of a segment's sorted anchor ids.
    private var groupsA: [[Int32]] = [], groupsB: [[Int32]] = []
    /// In how many segments of each side each anchor id is.
    private var countA: [Int32] = [], countB: [Int32] = []
    private var normA: [Double] = [], normB: [Double] = []
    /// Anchors that count when shared but are left out of the norms (``norm(_:_:against:)``).
    private var confirmsOnly: [Bool] = []
    private let sameLanguage: Bool
    private let maximumPostings: Int
    private let documentCount: Int
    /// Scratch maps from a group to its strongest shared weight, for ``coverage(_:_:)``.
    private var strongestA: [Double] = [], strongestB: [Double] = []
    private var touchedGroupsA: [Int32] = [], touchedGroupsB: [Int32] = []

    /// Interns the anchors of the segments of `languageA` as they meet `languageB` (side A), and
    /// of `languageB` as they meet `languageA` (side B), and weighs them.
    init(_ documents: [ComparableDocument], _ languageA: Language, _ languageB: Language, anchors: [[Language: [[GroupedKey]]]],
         segmentCount: Int, maximumPostings: Int) {
        sameLanguage = languageA == languageB
        self.maximumPostings = maximumPostings
        documentCount = documents.count
        Self.collect(documents, languageA, meeting: languageB, anchors, table, &sideA, &table.keysA, &groupsA, &countA)
        Self.collect(documents, languageB, meeting: languageA, anchors, table, &sideB, &table.keysB, &groupsB, &countB)
        let keyCount = table.names.count
        countA.append(contentsOf: repeatElement(0, count: keyCount - countA.count))
        countB.append(contentsOf: repeatElement(0, count: keyCount - countB.count))
        table.weights = (0..<keyCount).map { [countA, countB, sameLanguage, table] id in
            let frequency = sameLanguage ? Int(countA[id]) : Int(countA[id] + countB[id])
            return log(Double(segmentCount + 1) / Double(max(frequency, 1))) * AnchorWeights.comparable[table.names[id].kind]
        }
        confirmsOnly = table.names.map { $0.kind == .soundStart }
        normA = zip(table.keysA, groupsA).map { norm($0, $1, against: countB) }
        normB = zip(table.keysB, groupsB).map { norm($0, $1, against: countA) }
    }

    /// The segments of the documents in `language`, with their anchors for meeting `other`.
    private static func collect(_ documents: [ComparableDocument], _ language: Language, meeting other: Language,
                                _ anchors: [[Language: [[GroupedKey]]]], _ table: EvidenceTable,
                                _ side: inout [(document: Int, segment: Int)], _ keysOfSide: inout [[Int32]],
                                _ groupsOfSide: inout [[Int32]], _ counts: inout [Int32]) {
        for (index, document) in documents.enumerated() where document.language == language {
            for (segment, keys) in (anchors[index][other] ?? []).enumerated() {
                side.append((index, segment))
                let (ids, groups) = intern(keys, in: table, counting: &counts)
                keysOfSide.append(ids)
                groupsOfSide.append(groups)
            }
        }
    }

    /// A segment's anchor ids sorted, with the group (word) of each.
    private static func intern(_ keys: [GroupedKey], in table: EvidenceTable, counting counts: inout [Int32]) -> (ids: [Int32], groups: [Int32]) {
        let interned = keys.map { key -> (Int32, Int32) in
            let id = table.id(key.key)
            if Int(id) >= counts.count { counts.append(contentsOf: repeatElement(0, count: Int(id) + 1 - counts.count)) }
            counts[Int(id)] += 1
            return (id, key.group)
        }.sorted { $0.0 < $1.0 }
        return (interned.map(\.0), interned.map(\.1))
    }

    /// Whether an anchor is too common to be indexed, so left out of every score.
    private func isCommon(_ id: Int32) -> Bool { countA[Int(id)] > maximumPostings }

    /// A segment's weight: each word once, by its strongest anchor, however many glosses it
    /// has — a Chinese word with eight English glosses does not weigh eight times an English
    /// word. Only anchors the other side can meet count: a word with no counterpart anywhere
    /// says nothing about which segment is its partner. Nor does a name's sounds with vowels
    /// (``AnchorKind/soundStart``): three sounds, shared by many words, can confirm a pair, but
    /// their absence is no evidence against it.
    private func norm(_ keys: [Int32], _ groups: [Int32], against other: [Int32]) -> Double {
        // Groups are positions below the anchor count; summed in their order, the norm never
        // depends on hash order.
        var strongest = [Double](repeating: 0, count: keys.count)
        for (id, group) in zip(keys, groups) where other[Int(id)] > (sameLanguage ? 1 : 0) && !isCommon(id) && !confirmsOnly[Int(id)] {
            strongest[Int(group)] = max(strongest[Int(group)], table.weights[Int(id)])
        }
        return strongest.reduce(0, +)
    }

    /// The weight of the words of each segment that the other meets, each word by its strongest
    /// shared anchor; groups are positions, so arrays serve as maps.
    private mutating func coverage(_ slotA: Int, _ slotB: Int) -> (a: Double, b: Double) {
        let a = table.keysA[slotA], b = table.keysB[slotB]
        if strongestA.count < a.count { strongestA.append(contentsOf: repeatElement(0, count: a.count - strongestA.count)) }
        if strongestB.count < b.count { strongestB.append(contentsOf: repeatElement(0, count: b.count - strongestB.count)) }
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if a[i] < b[j] { i += 1 } else if a[i] > b[j] { j += 1 } else {
                if !isCommon(a[i]) {
                    let weight = table.weights[Int(a[i])]
                    let groupA = Int(groupsA[slotA][i]), groupB = Int(groupsB[slotB][j])
                    if strongestA[groupA] == 0 { touchedGroupsA.append(Int32(groupA)) }
                    if strongestB[groupB] == 0 { touchedGroupsB.append(Int32(groupB)) }
                    strongestA[groupA] = max(strongestA[groupA], weight)
                    strongestB[groupB] = max(strongestB[groupB], weight)
                }
                i += 1; j += 1
            }
        }
        var covered = (a: 0.0, b: 0.0)
        for group in touchedGroupsA { covered.a += strongestA[Int(group)]; strongestA[Int(group)] = 0 }
        for group in touchedGroupsB { covered.b += strongestB[Int(group)]; strongestB[Int(group)] = 0 }
        touchedGroupsA.removeAll(keepingCapacity: true)
        touchedGroupsB.removeAll(keepingCapacity: true)
        return covered
    }

    /// Appends to `scored` every pair of segments (of different documents) that share an
    /// anchor specific enough and score at least `lowest`, with the two best similarities of
    /// each of its segments against all the documents of the other side. A dense accumulator
    /// per segment makes the cost follow the number of shared anchors, not the number of pairs.
    ///
    /// The rivals are a segment's best candidates in the whole corpus, not in the one document
    /// of the pair (the k nearest neighbours of margin-based mining): with many articles a
    /// segment meets unrelated ones by chance, and such a pair must stand out against the
    /// segment's true partner elsewhere. Between two documents it is the same thing.
    mutating func score(tableIndex: Int, lowest: Double, into scored: inout [ComparableCandidates.Scored]) {
        var postings = [[Int32]](repeating: [], count: table.names.count)
        for (slot, keys) in table.keysA.enumerated() {
            for id in keys where !isCommon(id) { postings[Int(id)].append(Int32(slot)) }
        }
        var accumulated = [Double](repeating: 0, count: sideA.count)
        var touched: [Int32] = []
        var bounds: [(bound: Double, slot: Int32)] = []
        let first = scored.count
        for (slotB, keys) in table.keysB.enumerated() {
            let documentB = sideB[slotB].document
            for id in keys where !isCommon(id) {
                for slotA in postings[Int(id)] {
                    let documentA = sideA[Int(slotA)].document
                    guard documentA != documentB, !sameLanguage || documentA < documentB else { continue }
                    if accumulated[Int(slotA)] == 0 { touched.append(slotA) }
                    accumulated[Int(slotA)] += table.weights[Int(id)]
                }
            }
            // Each coverage is at most the summed weight shared: a bound that spares the merge
            // for most candidates, and keeps the number measured per segment constant.
            bounds.removeAll(keepingCapacity: true)
            for slotA in touched {
                let shared = accumulated[Int(slotA)]
                accumulated[Int(slotA)] = 0
                let norms = max(normA[Int(slotA)] * normB[slotB], 1e-18)
                let bound = (min(shared, normA[Int(slotA)]) * min(shared, normB[slotB]) / norms).squareRoot()
                if bound >= lowest { bounds.append((bound, slotA)) }
            }
            if bounds.count > Self.maximumCandidates {
                let cut = bounds.map(\.bound).sorted(by: >)[Self.maximumCandidates - 1]
                bounds.removeAll { $0.bound < cut }
            }
            for (_, slotA) in bounds {
                let norms = max(normA[Int(slotA)] * normB[slotB], 1e-18)
                let covered = coverage(Int(slotA), slotB)
                let score = min((covered.a * covered.b / norms).squareRoot(), 1)
                guard score >= lowest else { continue }
                let a = sideA[Int(slotA)], b = sideB[slotB]
                // Pairs are reported in document order.
                scored.append(a.document < b.document
                    ? .init(sourceDocument: a.document, targetDocument: b.document, sourceIndex: a.segment, targetIndex: b.segment, score: score, table: tableIndex, slotA: slotA, slotB: Int32(slotB))
                    : .init(sourceDocument: b.document, targetDocument: a.document, sourceIndex: b.segment, targetIndex: a.segment, score: score, table: tableIndex, slotA: slotA, slotB: Int32(slotB)))
            }
            touched.removeAll(keepingCapacity: true)
        }
        weighByArticles(&scored, from: first)
        var bestOfA = [BestTwo](repeating: BestTwo(), count: sideA.count)
        var bestOfB = [BestTwo](repeating: BestTwo(), count: sideB.count)
        for pair in scored[first...] {
            bestOfA[Int(pair.slotA)].add(pair.score)
            bestOfB[Int(pair.slotB)].add(pair.score)
        }
        if sameLanguage {
            // Both sides are the same segments, each pair seen from the earlier document.
            for slot in bestOfA.indices {
                bestOfA[slot].add(bestOfB[slot])
                bestOfB[slot] = bestOfA[slot]
            }
        }
        for index in first..<scored.count {
            scored[index].rivals = bestOfA[Int(scored[index].slotA)].sum + bestOfB[Int(scored[index].slotB)].sum
        }
    }

    /// How much the articles' share of best candidates counts, in ``weighByArticles(_:from:)``:
    /// more costs articles that share part of a story the pairs they do share.
    static let articleWeight = 2.0
    /// Candidates scoring this share of a segment's best count as best too: copies of one
    /// report in several articles vote for each.
    static let nearTie = 0.9

    /// Scales each pair by how much its two articles have in common against the most either
    /// has with any article: the share of the two articles' segments whose best candidate is
    /// in the other. Between two articles every pair keeps its score; among many, a chance
    /// match with an unrelated article gives way to the articles that report the same story.
    private func weighByArticles(_ scored: inout [ComparableCandidates.Scored], from first: Int) {
        guard documentCount > 2 else { return }
        var bestA = [Double](repeating: 0, count: sideA.count), bestB = [Double](repeating: 0, count: sideB.count)
        for pair in scored[first...] {
            bestA[Int(pair.slotA)] = max(bestA[Int(pair.slotA)], pair.score)
            bestB[Int(pair.slotB)] = max(bestB[Int(pair.slotB)], pair.score)
        }
        // A segment votes for each article holding one of its best candidates; near ties all
        // count, so that copies of one report in several articles vote for each.
        // A number and a document as one key (a segment and the article it votes for; two articles).
        func key(_ a: Int, _ b: Int) -> Int { a * documentCount + b }
        var votesOfA = Set<Int>(), votesOfB = Set<Int>()
        for pair in scored[first...] {
            let a = Int(pair.slotA), b = Int(pair.slotB)
            if pair.score >= Self.nearTie * bestA[a] { votesOfA.insert(key(a, sideB[b].document)) }
            if pair.score >= Self.nearTie * bestB[b] { votesOfB.insert(key(b, sideA[a].document)) }
        }
        var votes: [Int: Int] = [:]
        for vote in votesOfA { votes[key(sideA[vote / documentCount].document, vote % documentCount), default: 0] += 1 }
        for vote in votesOfB { votes[key(vote % documentCount, sideB[vote / documentCount].document), default: 0] += 1 }
        var segmentsA = [Int](repeating: 0, count: documentCount), segmentsB = [Int](repeating: 0, count: documentCount)
        for side in sideA { segmentsA[side.document] += 1 }
        for side in sideB { segmentsB[side.document] += 1 }
        func affinity(_ a: Int, _ b: Int) -> Double {
            1 + Self.articleWeight * Double(votes[key(a, b)] ?? 0) / Double(max(segmentsA[a] + segmentsB[b], 1))
        }
        var mostA = [Double](repeating: 1, count: documentCount), mostB = [Double](repeating: 1, count: documentCount)
        for pairKey in votes.keys {
            let a = pairKey / documentCount, b = pairKey % documentCount
            mostA[a] = max(mostA[a], affinity(a, b))
            mostB[b] = max(mostB[b], affinity(a, b))
        }
        if sameLanguage {
            // An article is on side A with the articles after it and on side B with those before.
            for document in mostA.indices {
                let most = max(mostA[document], mostB[document])
                mostA[document] = most
                mostB[document] = most
            }
        }
        for index in first..<scored.count {
            let a = sideA[Int(scored[index].slotA)].document, b = sideB[Int(scored[index].slotB)].document
            let shared = affinity(a, b)
            scored[index].score *= (shared / mostA[a] * shared / mostB[b]).squareRoot()
        }
    }

    /// The most candidates of one segment whose similarity is measured, those with the highest
    /// bound: with many articles a segment shares some anchor with more and more segments, and
    /// its partner is among the few that share the most.
    static let maximumCandidates = 64

    /// The two highest of a series of scores.
    private struct BestTwo {
        var first = 0.0, second = 0.0
        var sum: Double { first + second }

        mutating func add(_ score: Double) {
            if score > first { (first, second) = (score, first) } else { second = max(second, score) }
        }

        mutating func add(_ other: BestTwo) {
            add(other.first)
            add(other.second)
        }
    }
}
