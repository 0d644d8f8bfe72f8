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
    public var maximumPostingShare = 0.05
    /// Learn word translations from a first pass between articles in two languages.
    public var learnsTranslations = true

    /// The default threshold, chosen on the synthetic bible-dev sets (`concord-bench comparable-eval`).
    public static let defaultThreshold = 0.3

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
        // anchors[document][other language] = each segment's anchor set for meeting that language.
        var anchors: [[String: [Set<String>]]] = Array(repeating: [:], count: documents.count)
        var words: [[String: [Set<String>]]] = Array(repeating: [:], count: documents.count)
        for (index, document) in documents.enumerated() {
            for other in languages {
                let extractor = try AnchorExtractor(language: document.language, otherLanguage: other, lexicons: lexicons, glossary: glossary)
                var sets: [Set<String>] = [], wordSets: [Set<String>] = []
                for text in document.segments {
                    let analysis = try extractor.analyze(text)
                    sets.append(analysis.anchors)
                    wordSets.append(analysis.words)
                }
                anchors[index][other.code] = sets
                words[index][other.code] = wordSets
            }
        }
        var scored = score(documents, languages: languages, anchors: anchors)
        guard learnsTranslations, languages.count > 1 else { return ComparableCandidates(pairs: scored) }
        let confident = ComparableCandidates(pairs: scored).pairs(threshold: max(threshold, Self.learningThreshold))
        var learnt = false
        for (a, languageA) in languages.enumerated() {
            for languageB in languages[(a + 1)...] {
                var flatA: [Int: Int] = [:], flatB: [Int: Int] = [:]
                var wordsA: [Set<String>] = [], wordsB: [Set<String>] = []
                var anchorsA: [Set<String>] = [], anchorsB: [Set<String>] = []
                for (index, document) in documents.enumerated() {
                    for segment in document.segments.indices {
                        if document.language == languageA {
                            flatA[index << 20 | segment] = wordsA.count
                            wordsA.append(words[index][languageB.code]![segment])
                            anchorsA.append(anchors[index][languageB.code]![segment])
                        } else if document.language == languageB {
                            flatB[index << 20 | segment] = wordsB.count
                            wordsB.append(words[index][languageA.code]![segment])
                            anchorsB.append(anchors[index][languageA.code]![segment])
                        }
                    }
                }
                let beads = confident.compactMap { pair -> (source: Int, target: Int)? in
                    let first = pair.sourceDocument << 20 | pair.sourceIndex, second = pair.targetDocument << 20 | pair.targetIndex
                    if let s = flatA[first], let t = flatB[second] { return (s, t) }
                    if let s = flatA[second], let t = flatB[first] { return (s, t) }
                    return nil
                }
                let lexicon = SelfTrainedLexicon(beads: beads, sourceWords: wordsA, targetWords: wordsB)
                guard !lexicon.pairs.isEmpty else { continue }
                lexicon.addAnchors(sourceWords: wordsA, targetWords: wordsB, to: &anchorsA, &anchorsB)
                for (packed, flat) in flatA { anchors[packed >> 20][languageB.code]![packed & 0xFFFFF] = anchorsA[flat] }
                for (packed, flat) in flatB { anchors[packed >> 20][languageA.code]![packed & 0xFFFFF] = anchorsB[flat] }
                learnt = true
            }
        }
        if learnt { scored = score(documents, languages: languages, anchors: anchors) }
        return ComparableCandidates(pairs: scored)
    }

    /// Pairs of the first pass sure enough to learn word translations from.
    static let learningThreshold = 0.45

    private func score(_ documents: [ComparableDocument], languages: [Language], anchors: [[String: [Set<String>]]]) -> [ComparablePair] {
        let segmentCount = documents.reduce(0) { $0 + $1.segments.count }
        let maximumPostings = max(8, Int(maximumPostingShare * Double(segmentCount)))
        var scored: [ComparablePair] = []
        for (a, languageA) in languages.enumerated() {
            for languageB in languages[a...] {
                // Index the segments of language A as they meet B; look up those of B as they meet A.
                var postings: [String: [(document: Int, segment: Int)]] = [:]
                var documentFrequency: [String: Int] = [:]
                var seenOnB = Set<String>()
                for (index, document) in documents.enumerated() where document.language == languageA {
                    for (segment, set) in anchors[index][languageB.code]!.enumerated() {
                        for key in set { postings[key, default: []].append((index, segment)) }
                    }
                }
                for (index, document) in documents.enumerated() where document.language == languageB {
                    for set in anchors[index][languageA.code]! {
                        for key in set { documentFrequency[key, default: 0] += 1; seenOnB.insert(key) }
                    }
                }
                for (key, list) in postings { documentFrequency[key, default: 0] += list.count }
                func weight(_ key: String) -> Double {
                    log(Double(segmentCount + 1) / Double(documentFrequency[key] ?? 1)) * Self.kindWeight(key)
                }
                // Only anchors the other side can meet count in a segment's norm: a word with
                // no counterpart anywhere says nothing about which segment is its partner.
                func norm(_ set: Set<String>, meets other: (String) -> Bool) -> Double {
                    set.reduce(0) { other($1) ? $0 + weight($1) : $0 }
                }
                for (index, document) in documents.enumerated() where document.language == languageB {
                    for (segment, set) in anchors[index][languageA.code]!.enumerated() {
                        var shared: [Int: [String]] = [:]
                        for key in set {
                            guard let list = postings[key], list.count <= maximumPostings else { continue }
                            for posting in list where posting.document != index && (languageA != languageB || posting.document < index) {
                                shared[posting.document << 20 | posting.segment, default: []].append(key)
                            }
                        }
                        let ownNorm = norm(set) { postings[$0] != nil }
                        for (packed, keys) in shared {
                            let other = packed >> 20, otherSegment = packed & 0xFFFFF
                            let otherNorm = norm(anchors[other][languageB.code]![otherSegment]) { seenOnB.contains($0) }
                            let sharedWeight = keys.reduce(0) { $0 + weight($1) }
                            let score = sharedWeight / max((ownNorm * otherNorm).squareRoot(), 1e-9)
                            let evidence = keys.sorted { (weight($0), $1) > (weight($1), $0) }.map(Self.describe)
                            // Report pairs in document order.
                            scored.append(other < index
                                ? ComparablePair(sourceDocument: other, targetDocument: index, sourceIndex: otherSegment, targetIndex: segment, score: min(score, 1), evidence: evidence)
                                : ComparablePair(sourceDocument: index, targetDocument: other, sourceIndex: segment, targetIndex: otherSegment, score: min(score, 1), evidence: evidence))
                        }
                    }
                }
            }
        }
        return scored
    }

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

/// Scored candidate pairs, from which an assignment is made at a threshold.
public struct ComparableCandidates: Sendable {
    public let pairs: [ComparablePair]

    /// One-to-one pairs above `threshold` for each pair of documents, best first; then a
    /// segment may take a second partner scoring at least 80 % of its first (one long sentence
    /// covering two short ones).
    public func pairs(threshold: Double) -> [ComparablePair] {
        let ordered = pairs.filter { $0.score >= threshold }
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
            kept.append(pair)
            partners[source] = sourceCount + 1
            partners[target] = targetCount + 1
            best[source] = best[source] ?? pair.score
            best[target] = best[target] ?? pair.score
        }
        return kept.sorted { ($0.sourceDocument, $0.targetDocument, $0.sourceIndex, $0.targetIndex) < ($1.sourceDocument, $1.targetDocument, $1.sourceIndex, $1.targetIndex) }
    }
}
