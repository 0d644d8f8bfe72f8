import ConcordText
import Foundation

/// Pairs the segments of different articles that report the same facts, in any order, most
/// of them unpaired: the `--comparable` mode.
///
/// Each segment is reduced to the anchors the translation aligner uses (numbers and dates by
/// value, names by match key or pinyin, glossary concepts, lexicon translations, cognate
/// stems). An inverted index of the anchors gives the candidate pairs, never all pairs; each
/// is scored by the cosine of the two anchor sets weighted by inverse document frequency
/// over all segments, and each pair of articles keeps a one-to-one assignment (a segment may
/// take a second partner almost as good as its first) above ``threshold``.
///
/// - Complexity: about linear in the number of segments when anchors are specific; anchors
///   shared by more than ``maximumPostingShare`` of the segments are not indexed.
public final class ComparableMatcher {
    public var threshold: Double
    public var lexicons: [Lexicon]
    public var glossary: GlossaryTerms?
    /// Anchors in more segments than this share of all segments say nothing about a pair.
    public var maximumPostingShare = 0.01
    /// Learn word translations from a first pass between articles in two languages.
    public var learnsTranslations = true

    /// The default threshold, chosen on the synthetic bible-dev sets (`concord-bench comparable-eval`).
    public static let defaultThreshold = 0.35

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
                    extractors[pairKey] = extractor
                }
                offsets[index][other.code] = extractor.anchors.sentences.count
                for text in document.segments { try extractor.append(text) }
            }
        }
        // anchors[document][other language] = each segment's anchor set for meeting that language.
        var anchors: [[String: [Set<String>]]] = Array(repeating: [:], count: documents.count)
        for (index, document) in documents.enumerated() {
            for (other, offset) in offsets[index] {
                let side = extractors[document.language.code + ">" + other]!.anchors
                anchors[index][other] = (offset..<offset + document.segments.count).map { side.keys(ofSentence: $0) }
            }
        }
        var scored = score(documents, languages: languages, anchors: anchors)
        guard learnsTranslations, languages.count > 1 else { return scored }
        let confident = scored.pairs(threshold: max(threshold, Self.learningThreshold))
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
                    anchors[index][other.code] = (offset..<offset + document.segments.count).map { side.keys(ofSentence: $0) }
                }
                learnt = true
            }
        }
        if learnt { scored = score(documents, languages: languages, anchors: anchors) }
        return scored
    }

    /// Pairs of the first pass sure enough to learn word translations from.
    static let learningThreshold = 0.45

    /// Scores every pair of segments (of different documents) that share an anchor specific
    /// enough, with anchor strings interned and a dense accumulator per segment, so the cost
    /// follows the number of shared anchors, not the number of pairs.
    private func score(_ documents: [ComparableDocument], languages: [Language], anchors: [[String: [Set<String>]]]) -> ComparableCandidates {
        let segmentCount = documents.reduce(0) { $0 + $1.segments.count }
        let maximumPostings = max(8, Int(maximumPostingShare * Double(segmentCount)))
        var scored: [ComparableCandidates.Scored] = []
        var tables: [EvidenceTable] = []
        for (a, languageA) in languages.enumerated() {
            for languageB in languages[a...] {
                // Segments of language A as they meet B, and of B as they meet A, as interned anchor ids.
                let table = EvidenceTable()
                var sideA: [(document: Int, segment: Int)] = [], sideB: [(document: Int, segment: Int)] = []
                var countA: [Int32] = [], countB: [Int32] = []
                func intern(_ set: Set<String>, counting counts: inout [Int32]) -> [Int32] {
                    set.map { key -> Int32 in
                        let id = table.id(key)
                        if Int(id) >= counts.count { counts.append(contentsOf: repeatElement(0, count: Int(id) + 1 - counts.count)) }
                        counts[Int(id)] += 1
                        return id
                    }.sorted()
                }
                for (index, document) in documents.enumerated() where document.language == languageA {
                    for (segment, set) in anchors[index][languageB.code]!.enumerated() {
                        sideA.append((index, segment))
                        table.keysA.append(intern(set, counting: &countA))
                    }
                }
                for (index, document) in documents.enumerated() where document.language == languageB {
                    for (segment, set) in anchors[index][languageA.code]!.enumerated() {
                        sideB.append((index, segment))
                        table.keysB.append(intern(set, counting: &countB))
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
                // no counterpart anywhere says nothing about which segment is its partner.
                let normA = table.keysA.map { keys in keys.reduce(0) { countB[Int($1)] > (sameLanguage ? 1 : 0) ? $0 + table.weights[Int($1)] : $0 } }
                let normB = table.keysB.map { keys in keys.reduce(0) { countA[Int($1)] > (sameLanguage ? 1 : 0) ? $0 + table.weights[Int($1)] : $0 } }
                var postings = [[Int32]](repeating: [], count: keyCount)
                for (slot, keys) in table.keysA.enumerated() {
                    for id in keys where countA[Int(id)] <= maximumPostings { postings[Int(id)].append(Int32(slot)) }
                }
                var accumulated = [Double](repeating: 0, count: sideA.count)
                var touched: [Int32] = []
                for (slotB, keys) in table.keysB.enumerated() {
                    let documentB = sideB[slotB].document
                    for id in keys where countA[Int(id)] <= maximumPostings {
                        for slotA in postings[Int(id)] {
                            let documentA = sideA[Int(slotA)].document
                            guard documentA != documentB, !sameLanguage || documentA < documentB else { continue }
                            if accumulated[Int(slotA)] == 0 { touched.append(slotA) }
                            accumulated[Int(slotA)] += table.weights[Int(id)]
                        }
                    }
                    for slotA in touched {
                        let score = min(accumulated[Int(slotA)] / max((normA[Int(slotA)] * normB[slotB]).squareRoot(), 1e-9), 1)
                        accumulated[Int(slotA)] = 0
                        guard score >= Self.lowestScoreKept else { continue }
                        let a = sideA[Int(slotA)], b = sideB[slotB]
                        // Pairs are reported in document order.
                        scored.append(a.document < b.document
                            ? .init(sourceDocument: a.document, targetDocument: b.document, sourceIndex: a.segment, targetIndex: b.segment, score: score, table: tables.count, slotA: slotA, slotB: Int32(slotB))
                            : .init(sourceDocument: b.document, targetDocument: a.document, sourceIndex: b.segment, targetIndex: a.segment, score: score, table: tables.count, slotA: slotA, slotB: Int32(slotB)))
                    }
                    touched.removeAll(keepingCapacity: true)
                }
                tables.append(table)
            }
        }
        return ComparableCandidates(scored: scored, tables: tables)
    }

    /// Candidates scoring less than this are not kept, even for tuning.
    static let lowestScoreKept = 0.1

    /// How much an anchor kind counts: concepts, names, numbers and dates say more than a
    /// shared stem or a dictionary translation.
    static func kindWeight(_ key: String) -> Double {
        switch key.prefix(2) {
        case "g:", "d:": return 2
        case "w:", "n:": return 1.5
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
        case "q:": return "punctuation \(value)"
        case "l:": return "learnt translation \(value.replacingOccurrences(of: "|", with: " = "))"
        case "x:": return "translation \(value)"
        case "c:": return "stem \(value)"
        default: return String(key)
        }
    }
}

/// The anchors of the segments of one pair of languages, interned, to explain pairs.
final class EvidenceTable: @unchecked Sendable {
    var ids: [String: Int32] = [:]
    var names: [String] = []
    var weights: [Double] = []
    var keysA: [[Int32]] = []
    var keysB: [[Int32]] = []

    func id(_ key: String) -> Int32 {
        if let known = ids[key] { return known }
        let new = Int32(names.count)
        ids[key] = new
        names.append(key)
        return new
    }

    /// The anchors two segments share, strongest first, in words.
    func evidence(_ slotA: Int32, _ slotB: Int32) -> [String] {
        let shared = Set(keysA[Int(slotA)]).intersection(keysB[Int(slotB)])
        return shared.sorted { (weights[Int($0)], names[Int($1)]) > (weights[Int($1)], names[Int($0)]) }
            .map { ComparableMatcher.describe(names[Int($0)]) }
    }
}

/// Scored candidate pairs, from which an assignment is made at a threshold.
public struct ComparableCandidates: Sendable {
    struct Scored: Sendable {
        let sourceDocument: Int, targetDocument: Int, sourceIndex: Int, targetIndex: Int
        let score: Double
        let table: Int
        let slotA: Int32, slotB: Int32
    }

    let scored: [Scored]
    let tables: [EvidenceTable]

    /// One-to-one pairs above `threshold` for each pair of documents, best first; then a
    /// segment may take a second partner scoring at least 80 % of its first (one long sentence
    /// covering two short ones). Evidence is attached to the pairs kept.
    public func pairs(threshold: Double) -> [ComparablePair] {
        let ordered = scored.filter { $0.score >= threshold }
            .sorted { ($0.score, -$0.sourceDocument, -$0.sourceIndex, -$0.targetIndex) > ($1.score, -$1.sourceDocument, -$1.sourceIndex, -$1.targetIndex) }
        var best: [Int64: Double] = [:]
        var partners: [Int64: Int] = [:]
        var kept: [ComparablePair] = []
        func side(_ document: Int, _ segment: Int, against other: Int) -> Int64 { Int64(document) << 42 | Int64(other) << 21 | Int64(segment) }
        for pair in ordered {
            let source = side(pair.sourceDocument, pair.sourceIndex, against: pair.targetDocument)
            let target = side(pair.targetDocument, pair.targetIndex, against: pair.sourceDocument)
            let sourceCount = partners[source, default: 0], targetCount = partners[target, default: 0]
            let accept: Bool
            switch (sourceCount, targetCount) {
            case (0, 0): accept = true
            case (1, 0): accept = pair.score >= 0.8 * best[source]!
            case (0, 1): accept = pair.score >= 0.8 * best[target]!
            default: accept = false
            }
            guard accept else { continue }
            kept.append(ComparablePair(sourceDocument: pair.sourceDocument, targetDocument: pair.targetDocument,
                                       sourceIndex: pair.sourceIndex, targetIndex: pair.targetIndex, score: pair.score,
                                       evidence: tables[pair.table].evidence(pair.slotA, pair.slotB)))
            partners[source] = sourceCount + 1
            partners[target] = targetCount + 1
            best[source] = best[source] ?? pair.score
            best[target] = best[target] ?? pair.score
        }
        return kept.sorted { ($0.sourceDocument, $0.targetDocument, $0.sourceIndex, $0.targetIndex) < ($1.sourceDocument, $1.targetDocument, $1.sourceIndex, $1.targetIndex) }
    }
}
