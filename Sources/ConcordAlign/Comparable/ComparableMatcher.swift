import ConcordText
import Foundation

/// Pairs the segments of different articles that report the same facts, in any order, most
/// of them unpaired: the `--comparable` mode.
///
/// Each segment is reduced to the anchors the translation aligner uses (numbers and dates by
/// value, names by match key, pinyin or transliteration skeleton, glossary concepts, lexicon
/// translations, cognate stems). An inverted index of the anchors gives the candidate pairs,
/// never all pairs; each is scored by how much of each segment the other covers — each word
/// counted once by its strongest anchor, weighted by inverse document frequency over all
/// segments — discounted when a segment has another candidate almost as good; each pair of
/// articles keeps a one-to-one assignment (a segment may take a second partner almost as good
/// as its first) above ``threshold``.
///
/// - Complexity: about linear in the number of segments when anchors are specific; anchors
///   shared by more than ``maximumPostingShare`` of the segments (and more than
///   ``postingsAlwaysIndexed``) are left out.
public final class ComparableMatcher {
    public var threshold: Double
    public var lexicons: [Lexicon]
    public var glossary: GlossaryTerms?
    /// Anchors in more segments than this share of all segments say nothing about a pair.
    public var maximumPostingShare = 0.01
    /// Learn word translations from a first pass between articles in two languages.
    public var learnsTranslations = true

    /// The default threshold, chosen on the synthetic bible-dev sets (`concord-bench comparable-eval`).
    public static let defaultThreshold = 0.225

    public init(threshold: Double = ComparableMatcher.defaultThreshold, lexicons: [Lexicon] = [], glossary: GlossaryTerms? = nil) {
        self.threshold = threshold
        self.lexicons = lexicons
        self.glossary = glossary
    }

    /// The pairs between every two documents, sorted by documents then source segment.
    public func match(_ documents: [ComparableDocument]) throws(ICUError) -> [ComparablePair] {
        try candidates(documents).pairs(threshold: threshold)
    }

    /// Every scored candidate pair, before the threshold and the assignment (for tuning).
    ///
    /// Between articles in two languages, word translations are then learnt from the pairs of a
    /// first pass (``SelfTrainedLexicon``, over all the articles given at once) and the pairs
    /// are scored again with them as further anchors.
    public func candidates(_ documents: [ComparableDocument]) throws(ICUError) -> ComparableCandidates {
        let languages = Set(documents.map(\.language)).sorted { $0.code < $1.code }
        // One extractor per language and the language it meets, over all the documents in that
        // language; offsets[document][other language] = where the document's segments start in it.
        var extractors: [String: AnchorExtractor] = [:]
        var offsets: [[String: Int]] = Array(repeating: [:], count: documents.count)
        for (index, document) in documents.enumerated() {
            for other in languages {
                let pairKey = document.language.code + ">" + other.code
                let extractor: AnchorExtractor
                if let known = extractors[pairKey] {
                    extractor = known
                } else {
                    extractor = try AnchorExtractor(language: document.language, otherLanguage: other, lexicons: lexicons, glossary: glossary)
                    extractor.recordsGroups = true
                    extractors[pairKey] = extractor
                }
                offsets[index][other.code] = extractor.anchors.sentences.count
                for text in document.segments { try extractor.append(text) }
            }
        }
        // anchors[document][other language] = each segment's anchors for meeting that language.
        var anchors: [[String: [[GroupedKey]]]] = Array(repeating: [:], count: documents.count)
        for (index, document) in documents.enumerated() {
            for (other, offset) in offsets[index] {
                let side = extractors[document.language.code + ">" + other]!.anchors
                anchors[index][other] = (offset..<offset + document.segments.count).map { side.groupedKeys(ofSentence: $0) }
            }
        }
        var scored = score(documents, languages: languages, anchors: anchors)
        guard learnsTranslations, languages.count > 1 else { return scored }
        let confident = scored.assignment(threshold: max(threshold, Self.learningThreshold))
        var learnt = false
        for (a, languageA) in languages.enumerated() {
            for languageB in languages[(a + 1)...] {
                guard var sideA = extractors[languageA.code + ">" + languageB.code]?.anchors,
                      var sideB = extractors[languageB.code + ">" + languageA.code]?.anchors else { continue }
                let beads = confident.compactMap { pair -> (source: Int, target: Int)? in
                    let first = documents[pair.sourceDocument].language, second = documents[pair.targetDocument].language
                    if first == languageA, second == languageB {
                        return (offsets[pair.sourceDocument][languageB.code]! + pair.sourceIndex, offsets[pair.targetDocument][languageA.code]! + pair.targetIndex)
                    }
                    if first == languageB, second == languageA {
                        return (offsets[pair.targetDocument][languageB.code]! + pair.targetIndex, offsets[pair.sourceDocument][languageA.code]! + pair.sourceIndex)
                    }
                    return nil
                }
                let lexicon = SelfTrainedLexicon(beads: beads, source: sideA, target: sideB)
                guard !lexicon.pairs.isEmpty else { continue }
                lexicon.addAnchors(to: &sideA, &sideB)
                for (index, document) in documents.enumerated() {
                    let (side, other) = document.language == languageA ? (sideA, languageB) : (sideB, languageA)
                    guard document.language == languageA || document.language == languageB, let offset = offsets[index][other.code] else { continue }
                    anchors[index][other.code] = (offset..<offset + document.segments.count).map { side.groupedKeys(ofSentence: $0) }
                }
                learnt = true
            }
        }
        if learnt { scored = score(documents, languages: languages, anchors: anchors) }
        return scored
    }

    /// Pairs of the first pass sure enough to learn word translations from.
    static let learningThreshold = 0.3

    /// Scores every pair of segments (of different documents) that share an anchor specific
    /// enough, with anchor strings interned and a dense accumulator per segment, so the cost
    /// follows the number of shared anchors, not the number of pairs.
    private func score(_ documents: [ComparableDocument], languages: [Language], anchors: [[String: [[GroupedKey]]]]) -> ComparableCandidates {
        let segmentCount = documents.reduce(0) { $0 + $1.segments.count }
        let maximumPostings = max(Self.postingsAlwaysIndexed, Int(maximumPostingShare * Double(segmentCount)))
        var scored: [ComparableCandidates.Scored] = []
        var tables: [EvidenceTable] = []
        for (a, languageA) in languages.enumerated() {
            for languageB in languages[a...] {
                // Segments of language A as they meet B, and of B as they meet A, as interned anchor ids.
                let table = EvidenceTable()
                var sideA: [(document: Int, segment: Int)] = [], sideB: [(document: Int, segment: Int)] = []
                var countA: [Int32] = [], countB: [Int32] = []
                // Each segment's anchor ids sorted, with the group (word) of each.
                func intern(_ keys: [GroupedKey], counting counts: inout [Int32]) -> (ids: [Int32], groups: [Int32]) {
                    let interned = keys.map { key -> (Int32, Int32) in
                        let id = table.id(key.key)
                        if Int(id) >= counts.count { counts.append(contentsOf: repeatElement(0, count: Int(id) + 1 - counts.count)) }
                        counts[Int(id)] += 1
                        return (id, key.group)
                    }.sorted { $0.0 < $1.0 }
                    return (interned.map(\.0), interned.map(\.1))
                }
                var groupsA: [[Int32]] = [], groupsB: [[Int32]] = []
                for (index, document) in documents.enumerated() where document.language == languageA {
                    for (segment, keys) in anchors[index][languageB.code]!.enumerated() {
                        sideA.append((index, segment))
                        let (ids, groups) = intern(keys, counting: &countA)
                        table.keysA.append(ids)
                        groupsA.append(groups)
                    }
                }
                for (index, document) in documents.enumerated() where document.language == languageB {
                    for (segment, keys) in anchors[index][languageA.code]!.enumerated() {
                        sideB.append((index, segment))
                        let (ids, groups) = intern(keys, counting: &countB)
                        table.keysB.append(ids)
                        groupsB.append(groups)
                    }
                }
                let keyCount = table.names.count
                countA.append(contentsOf: repeatElement(0, count: keyCount - countA.count))
                countB.append(contentsOf: repeatElement(0, count: keyCount - countB.count))
                let sameLanguage = languageA == languageB
                table.weights = (0..<keyCount).map { id in
                    let frequency = sameLanguage ? Int(countA[id]) : Int(countA[id] + countB[id])
                    return log(Double(segmentCount + 1) / Double(max(frequency, 1))) * Self.kindWeight(table.names[id])
                }
                // Only anchors the other side can meet count in a segment's norm: a word with
                // no counterpart anywhere says nothing about which segment is its partner. Nor
                // do anchors too common to be indexed: the score is over the specific ones.
                func counts(_ id: Int32, against other: [Int32]) -> Bool {
                    other[Int(id)] > (sameLanguage ? 1 : 0) && countA[Int(id)] <= maximumPostings
                }
                // A word counts once, by its strongest anchor, however many glosses it has: a
                // Chinese word with eight English glosses no longer weighs eight times an English
                // word (bible-dev comparable, F1 at the best threshold: en-fr .900 → .902,
                // en-zh .817 → .824, the two best thresholds closer together).
                func norm(_ keys: [Int32], _ groups: [Int32], against other: [Int32]) -> Double {
                    var strongest: [Int32: Double] = [:]
                    for (id, group) in zip(keys, groups) where counts(id, against: other) {
                        strongest[group] = max(strongest[group] ?? 0, table.weights[Int(id)])
                    }
                    return strongest.values.reduce(0, +)
                }
                // The weight of the words of each segment met by the other, each word by its
                // strongest shared anchor; groups are positions, so arrays serve as maps.
                var strongestA: [Double] = [], strongestB: [Double] = []
                var touchedGroupsA: [Int32] = [], touchedGroupsB: [Int32] = []
                func coverage(_ a: [Int32], _ groupsOfA: [Int32], _ b: [Int32], _ groupsOfB: [Int32]) -> (a: Double, b: Double) {
                    if strongestA.count < a.count { strongestA.append(contentsOf: repeatElement(0, count: a.count - strongestA.count)) }
                    if strongestB.count < b.count { strongestB.append(contentsOf: repeatElement(0, count: b.count - strongestB.count)) }
                    var i = 0, j = 0
                    while i < a.count, j < b.count {
                        if a[i] < b[j] { i += 1 } else if a[i] > b[j] { j += 1 } else {
                            let id = a[i]
                            if countA[Int(id)] <= maximumPostings {
                                let weight = table.weights[Int(id)]
                                let groupA = Int(groupsOfA[i]), groupB = Int(groupsOfB[j])
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
                let normA = zip(table.keysA, groupsA).map { norm($0, $1, against: countB) }
                let normB = zip(table.keysB, groupsB).map { norm($0, $1, against: countA) }
                var postings = [[Int32]](repeating: [], count: keyCount)
                for (slot, keys) in table.keysA.enumerated() {
                    for id in keys where countA[Int(id)] <= maximumPostings { postings[Int(id)].append(Int32(slot)) }
                }
                var accumulated = [Double](repeating: 0, count: sideA.count)
                var touched: [Int32] = []
                // The two best similarities of each segment against each other document, for
                // ``ComparableCandidates``: side B's segments come in document order, so side A's
                // are complete at the end of each document B, side B's at the end of each segment.
                var bestOfA = [BestTwo](repeating: BestTwo(), count: sideA.count)
                var bestOfB = [BestTwo](repeating: BestTwo(), count: documents.count)
                var touchedA: [Int32] = [], touchedDocuments: [Int] = []
                var blockStart = scored.count, blockDocument = -1
                func closeBlock() {
                    for index in blockStart..<scored.count { scored[index].rivals += bestOfA[Int(scored[index].slotA)].sum }
                    for slotA in touchedA { bestOfA[Int(slotA)] = BestTwo() }
                    touchedA.removeAll(keepingCapacity: true)
                    blockStart = scored.count
                }
                for (slotB, keys) in table.keysB.enumerated() {
                    let documentB = sideB[slotB].document
                    if documentB != blockDocument {
                        closeBlock()
                        blockDocument = documentB
                    }
                    let segmentStart = scored.count
                    for id in keys where countA[Int(id)] <= maximumPostings {
                        for slotA in postings[Int(id)] {
                            let documentA = sideA[Int(slotA)].document
                            guard documentA != documentB, !sameLanguage || documentA < documentB else { continue }
                            if accumulated[Int(slotA)] == 0 { touched.append(slotA) }
                            accumulated[Int(slotA)] += table.weights[Int(id)]
                        }
                    }
                    for slotA in touched {
                        // Each coverage is at most the summed weight shared: a bound that spares the merge.
                        let norms = max(normA[Int(slotA)] * normB[slotB], 1e-18)
                        let shared = accumulated[Int(slotA)]
                        let bound = (min(shared, normA[Int(slotA)]) * min(shared, normB[slotB]) / norms).squareRoot()
                        var score = 0.0
                        if bound >= Self.lowestScoreKept {
                            let covered = coverage(table.keysA[Int(slotA)], groupsA[Int(slotA)], table.keysB[slotB], groupsB[slotB])
                            score = min((covered.a * covered.b / norms).squareRoot(), 1)
                        }
                        accumulated[Int(slotA)] = 0
                        guard score >= Self.lowestScoreKept else { continue }
                        let a = sideA[Int(slotA)], b = sideB[slotB]
                        // Pairs are reported in document order.
                        scored.append(a.document < b.document
                            ? .init(sourceDocument: a.document, targetDocument: b.document, sourceIndex: a.segment, targetIndex: b.segment, score: score, table: tables.count, slotA: slotA, slotB: Int32(slotB))
                            : .init(sourceDocument: b.document, targetDocument: a.document, sourceIndex: b.segment, targetIndex: a.segment, score: score, table: tables.count, slotA: slotA, slotB: Int32(slotB)))
                        if bestOfA[Int(slotA)].first == 0 { touchedA.append(slotA) }
                        bestOfA[Int(slotA)].add(score)
                        if bestOfB[a.document].first == 0 { touchedDocuments.append(a.document) }
                        bestOfB[a.document].add(score)
                    }
                    touched.removeAll(keepingCapacity: true)
                    for index in segmentStart..<scored.count { scored[index].rivals += bestOfB[sideA[Int(scored[index].slotA)].document].sum }
                    for document in touchedDocuments { bestOfB[document] = BestTwo() }
                    touchedDocuments.removeAll(keepingCapacity: true)
                }
                closeBlock()
                tables.append(table)
            }
        }
        return ComparableCandidates(similarities: scored, tables: tables)
    }

    /// Anchors in this many segments or fewer are always indexed: in a short input, even a
    /// common anchor finds few candidates.
    static let postingsAlwaysIndexed = 64

    /// The two highest of a series of scores.
    private struct BestTwo {
        var first = 0.0, second = 0.0
        var sum: Double { first + second }

        mutating func add(_ score: Double) {
            if score > first { (first, second) = (score, first) } else { second = max(second, score) }
        }
    }

    /// Candidates scoring less than this are not kept, even for tuning or as rivals: on the
    /// synthetic dev sets no F1 changes from 0.1, and the 200-article benchmark keeps a third of
    /// the candidates (3.5 → 2.5 s, 398 → 249 MB).
    static let lowestScoreKept = 0.15

    /// How much an anchor kind counts: concepts, names, numbers and dates say more than a
    /// shared stem or a dictionary translation; a transliteration skeleton, shared by many
    /// Chinese words, says less (bible-dev comparable en-zh .801 with weight 0.5, .789 with 1).
    static func kindWeight(_ key: String) -> Double {
        switch key.prefix(2) {
        case "g:", "d:": return 2
        case "w:", "n:": return 1.5
        case "s:": return 0.5
        case "q:": return 0.3
        default: return 1
        }
    }

    /// An anchor key in words: `g:tiktok` → `concept tiktok`.
    static func describe(_ key: String) -> String {
        let value = key.dropFirst(2)
        switch key.prefix(2) {
        case "g:": return "concept \(value)"
        case "d:": return "date \(value)"
        case "n:": return "number \(value)"
        case "w:": return "name \(value)"
        case "s:": return "name sounding \(value)"
        case "q:": return "punctuation \(value)"
        case "l:": return "learnt translation " + value.split(separator: "|").joined(separator: " = ")
        case "x:": return "translation \(value)"
        case "c:": return "stem \(value)"
        default: return String(key)
        }
    }
}

/// An anchor key of a segment and the number of the word that gave it (``SideAnchors/sentenceGroups``).
typealias GroupedKey = (key: String, group: Int32)
