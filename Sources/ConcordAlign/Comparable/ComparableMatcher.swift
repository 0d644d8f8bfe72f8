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
/// segments — scaled down when the two articles have less in common than either has with
/// another article, discounted when a segment has another candidate almost as good; each pair of
/// articles keeps a one-to-one assignment (a segment may take a second partner almost as good
/// as its first) above ``threshold``, or above 0.7 of it for two segments that are each other's
/// best candidate.
///
/// - Complexity: linear in the number of segments: anchors in more than ``maximumPostings``
///   segments are left out, and each segment's similarity is measured with at most a constant
///   number of candidates.
public final class ComparableMatcher {
    public var threshold: Double
    public var lexicons: [Lexicon]
    public var glossary: GlossaryTerms?
    /// Anchors in more segments than this tie each to too many others to say which is its
    /// partner, and are left out. A bound that does not grow with the input keeps the work per
    /// segment constant; two articles of a few dozen segments each are never near it.
    public var maximumPostings = 64
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
        // One extractor per pair of languages, over all the documents in the first; offsets[document][other
        // language] = where the document's segments start in the extractor that meets that language.
        var extractors: [LanguagePair: AnchorExtractor] = [:]
        var offsets: [[Language: Int]] = Array(repeating: [:], count: documents.count)
        for (index, document) in documents.enumerated() {
            for other in languages {
                let pair = LanguagePair(document.language, other)
                let extractor: AnchorExtractor
                if let known = extractors[pair] {
                    extractor = known
                } else {
                    extractor = try comparableExtractor(pair)
                    extractors[pair] = extractor
                }
                offsets[index][other] = extractor.anchors.sentences.count
                // Page furniture is read as an empty segment: it keeps its place and pairs with nothing.
                for (segment, text) in document.segments.enumerated() {
                    try extractor.append(PageFurniture.contains(text, at: segment) ? "" : text)
                }
            }
        }
        // anchors[document][other language] = each segment's anchors for meeting that language.
        var anchors: [[Language: [[GroupedKey]]]] = Array(repeating: [:], count: documents.count)
        for (index, document) in documents.enumerated() {
            for (other, offset) in offsets[index] {
                guard let side = extractors[LanguagePair(document.language, other)]?.anchors else { continue }
                anchors[index][other] = (offset..<offset + document.segments.count).map { side.groupedKeys(ofSentence: $0) }
            }
        }
        var scored = score(documents, languages: languages, anchors: anchors)
        guard learnsTranslations, languages.count > 1 else { return scored }
        let confident = scored.assignment(threshold: Self.learningThreshold)
        var learnt = false
        for (a, languageA) in languages.enumerated() {
            for languageB in languages[(a + 1)...] {
                let pair = LanguagePair(languageA, languageB)
                guard var sideA = extractors[pair]?.anchors, var sideB = extractors[pair.reversed]?.anchors else { continue }
                let beads = confident.compactMap { found -> (source: Int, target: Int)? in
                    let first = documents[found.sourceDocument].language, second = documents[found.targetDocument].language
                    if first == languageA, second == languageB, let sourceStart = offsets[found.sourceDocument][languageB],
                       let targetStart = offsets[found.targetDocument][languageA] {
                        return (sourceStart + found.sourceIndex, targetStart + found.targetIndex)
                    }
                    if first == languageB, second == languageA, let sourceStart = offsets[found.targetDocument][languageB],
                       let targetStart = offsets[found.sourceDocument][languageA] {
                        return (sourceStart + found.targetIndex, targetStart + found.sourceIndex)
                    }
                    return nil
                }
                let lexicon = SelfTrainedLexicon(beads: beads, source: sideA, target: sideB)
                guard !lexicon.pairs.isEmpty else { continue }
                lexicon.addAnchors(to: &sideA, &sideB)
                for (index, document) in documents.enumerated() {
                    let (side, other) = document.language == languageA ? (sideA, languageB) : (sideB, languageA)
                    guard document.language == languageA || document.language == languageB, let offset = offsets[index][other] else { continue }
                    anchors[index][other] = (offset..<offset + document.segments.count).map { side.groupedKeys(ofSentence: $0) }
                }
                learnt = true
            }
        }
        if learnt { scored = score(documents, languages: languages, anchors: anchors) }
        return scored
    }

    /// An extractor of the anchors of `pair.source` text as they meet `pair.target` text, with
    /// what the comparable mode reads beyond the translation aligner: word groups, dictionary
    /// words across Han words, names' sounds.
    private func comparableExtractor(_ pair: LanguagePair) throws(ICUError) -> AnchorExtractor {
        let extractor = try AnchorExtractor(language: pair.source, otherLanguage: pair.target, lexicons: lexicons, glossary: glossary)
        extractor.recordsGroups = true
        extractor.readsWordsAcrossTokens = true
        extractor.makesSoundKeys = true
        return extractor
    }

    /// Pairs of the first pass sure enough to learn word translations from, whatever threshold
    /// the pairs reported are kept at.
    static let learningThreshold = 0.3

    /// Scores every pair of segments (of different documents) that share an anchor specific
    /// enough, one pair of languages at a time (``LanguagePairScoring``).
    private func score(_ documents: [ComparableDocument], languages: [Language], anchors: [[Language: [[GroupedKey]]]]) -> ComparableCandidates {
        let segmentCount = documents.reduce(0) { $0 + $1.segments.count }
        var scored: [ComparableCandidates.Scored] = []
        var tables: [EvidenceTable] = []
        for (a, languageA) in languages.enumerated() {
            for languageB in languages[a...] {
                var scoring = LanguagePairScoring(documents, languageA, languageB, anchors: anchors,
                                                  segmentCount: segmentCount, maximumPostings: maximumPostings)
                let first = scored.count
                scoring.score(tableIndex: tables.count, lowest: Self.lowestScoreKept, into: &scored)
                let scale = Self.scoreScale(LanguagePair(languageA, languageB))
                for index in first..<scored.count {
                    scored[index].score *= scale
                    scored[index].rivals *= scale
                }
                tables.append(scoring.table)
            }
        }
        return ComparableCandidates(similarities: scored, tables: tables)
    }

    /// Scores of one pair of languages are scaled so that one default threshold fits every
    /// pair. Between English and French, cognates and a dictionary give more shared anchors
    /// than between either and Chinese, and the best threshold is higher by about a tenth.
    /// Other pairs are not calibrated.
    static func scoreScale(_ pair: LanguagePair) -> Double {
        Set([pair.source, pair.target]) == [.english, .french] ? 0.9 : 1
    }

    /// Candidates scoring less than this are not kept, even for tuning or as rivals: they
    /// never make a pair, and keeping them costs time and memory.
    static let lowestScoreKept = 0.15
}

/// An anchor of a segment and the number of the word that gave it (``SideAnchors/sentenceGroups``).
typealias GroupedKey = (key: Anchor, group: Int32)
