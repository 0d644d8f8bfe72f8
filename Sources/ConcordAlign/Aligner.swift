import ConcordText
import Foundation

/// Aligns a document with its translation: finds the beads — which source sentences translate
/// into which target sentences — including omissions (1-0, 0-1), merges (2-1…4-1) and splits
/// (1-2…1-4).
///
/// Two passes of a linear-time dynamic program (``CoarseToFine``) over one cost model
/// (``BeadScorer``): the first with the length ratio of the whole documents, default shape
/// priors and the anchors that need no dictionary; the second with the length model and shape
/// priors re-estimated from the first pass's 1-1 beads, and word translations learnt from them
/// (``SelfTrainedLexicon``) as further anchors.
public final class Aligner {
    public let sourceLanguage: Language
    public let targetLanguage: Language
    public var parameters: CostParameters
    /// Bilingual lexicons; those between the two languages (either way) add anchors.
    public var lexicons: [Lexicon]
    /// Glossary concepts named on both sides add anchors.
    public var glossary: GlossaryTerms?

    public init(sourceLanguage: Language, targetLanguage: Language, parameters: CostParameters = CostParameters(),
                lexicons: [Lexicon] = [], glossary: GlossaryTerms? = nil) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.parameters = parameters
        self.lexicons = lexicons
        self.glossary = glossary
    }

    /// Compiles, once per process, the ICU rules and dictionaries that aligning these languages
    /// needs (Han-to-pinyin transliteration: about 0.15 s), so that a caller may have it done
    /// on another thread while it reads its input. ``align(source:target:progress:)`` does
    /// not need it: it compiles what has not been.
    public static func prepare(sourceLanguage: Language, targetLanguage: Language) throws(ICUError) {
        try AnchorExtractor.prepare(language: sourceLanguage, otherLanguage: targetLanguage)
        try AnchorExtractor.prepare(language: targetLanguage, otherLanguage: sourceLanguage)
    }

    /// The alignment of two lists of sentences.
    ///
    /// - Complexity: O(*N* + *M*) in the numbers of sentences.
    /// - Parameter progress: called as each stage starts (the library never prints).
    public func align(source: [String], target: [String],
                      progress: (AlignmentStage) -> Void = { _ in }) throws(ICUError) -> Alignment {
        guard !source.isEmpty, !target.isEmpty else {
            let beads = source.indices.map { Bead(source: $0..<$0 + 1, target: 0..<0, confidence: 0) }
                + target.indices.map { Bead(source: source.count..<source.count, target: $0..<$0 + 1, confidence: 0) }
            return Alignment(beads: beads, sourceCount: source.count, targetCount: target.count, anchorAgreement: 0, chanceAgreement: 0)
        }
        progress(.analysing)
        let sides = try AnchorExtractor.anchors(of: source, target, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
                                                lexicons: lexicons, glossary: glossary)
        let (sourceAnchors, sourceLengths) = sides.source, (targetAnchors, targetLengths) = sides.target
        let (firstSource, firstTarget) = AnchorVocabulary.tables(source: sourceAnchors, target: targetAnchors,
                                                                 sourceLengths: sourceLengths, targetLengths: targetLengths)

        var length = LengthModel(sourceTotal: sourceLengths.reduce(0, +), targetTotal: targetLengths.reduce(0, +))
        var parameters = self.parameters
        if sourceLanguage.isUnspaced != targetLanguage.isUnspaced {
            parameters.lexicalWeight = parameters.crossScriptLexicalWeight
        }
        progress(.firstPass)
        let firstPass = CoarseToFine.bestPath(source: firstSource, target: firstTarget, length: length, parameters: parameters)

        let oneToOne = firstPass.filter { $0.source.count == 1 && $0.target.count == 1 }
        length = length.refitted(pairs: oneToOne.map { (sourceLengths[$0.source.lowerBound], targetLengths[$0.target.lowerBound]) })
        parameters.shapePriors = Self.refittedPriors(parameters.shapePriors, path: firstPass)
        progress(.learning)
        let lexicon = SelfTrainedLexicon(beads: oneToOne.map { ($0.source.lowerBound, $0.target.lowerBound) },
                                         source: sourceAnchors, target: targetAnchors)
        let (sourceTable, targetTable) = AnchorVocabulary.tables((firstSource, firstTarget), adding: lexicon,
                                                                 source: sourceAnchors, target: targetAnchors)
        progress(.secondPass)
        let path = CoarseToFine.bestPath(source: sourceTable, target: targetTable, length: length, parameters: parameters, near: firstPass)

        let confidence = BeadConfidence(length: length)
        var agreement = 0.0, withAnchors = 0
        let beads = path.map { step -> Bead in
            guard !step.source.isEmpty, !step.target.isEmpty else { return Bead(source: step.source, target: step.target, confidence: 0) }
            let similarity = Self.similarity(step.source, step.target, sourceTable, targetTable)
            if let similarity {
                agreement += similarity
                withAnchors += 1
            }
            return Bead(source: step.source, target: step.target,
                        confidence: confidence.of(sourceLength: step.source.reduce(0) { $0 + sourceTable.lengths[$1] },
                                                  targetLength: step.target.reduce(0) { $0 + targetTable.lengths[$1] }, agreement: similarity))
        }
        return Alignment(beads: beads, sourceCount: source.count, targetCount: target.count,
                         anchorAgreement: withAnchors == 0 ? 0 : agreement / Double(withAnchors),
                         chanceAgreement: Self.chanceAgreement(path: path, sourceTable, targetTable))
    }

    /// The anchor agreement of sentence pairs three beads away from the chosen ones: what
    /// agreement two unrelated sentences of these documents reach, from at most
    /// ``chanceSample`` beads spread over the documents.
    static func chanceAgreement(path: [(source: Range<Int>, target: Range<Int>)], _ source: SignalTable, _ target: SignalTable) -> Double {
        let paired = path.filter { !$0.source.isEmpty && !$0.target.isEmpty }
        var total = 0.0, count = 0
        for index in stride(from: 0, to: paired.count, by: max(1, paired.count / chanceSample)) {
            let bead = paired[index]
            for offset in [-3, 3] where paired.indices.contains(index + offset) {
                if let similarity = similarity(bead.source, paired[index + offset].target, source, target) {
                    total += similarity
                    count += 1
                }
            }
        }
        return count == 0 ? 0 : total / Double(count)
    }

    static let chanceSample = 2_000

    /// Characters other than white space.
    static func length(_ text: String) -> Double {
        Double(text.unicodeScalars.reduce(0) { count, scalar in
            scalar.value <= 0xFFFF && Punctuation.isSpace(UInt16(scalar.value)) ? count : count + 1
        })
    }

    /// Dice agreement of the intrinsic anchors (numbers, names, cognates) of a bead's two
    /// sides, or nil when a side has none. Lexicon and learnt anchors are left out so that the
    /// figure means the same with or without dictionaries.
    static func similarity(_ s: Range<Int>, _ t: Range<Int>, _ source: SignalTable, _ target: SignalTable) -> Double? {
        let sourceIds = intrinsicAnchors(s, source), targetIds = intrinsicAnchors(t, target)
        guard !sourceIds.isEmpty, !targetIds.isEmpty else { return nil }
        var shared = 0.0, i = 0, j = 0
        while i < sourceIds.count, j < targetIds.count {
            if sourceIds[i] < targetIds[j] { i += 1 } else if targetIds[j] < sourceIds[i] { j += 1 } else {
                shared += source.weight(of: sourceIds[i])
                i += 1
                j += 1
            }
        }
        let total = { (ids: [Int32]) in ids.reduce(0.0) { $0 + source.weight(of: $1) } }
        return 2 * shared / (total(sourceIds) + total(targetIds))
    }

    /// The distinct intrinsic anchors of a range of sentences, in id order.
    private static func intrinsicAnchors(_ range: Range<Int>, _ table: SignalTable) -> [Int32] {
        let ids = range.flatMap { table.anchors(of: $0) }.filter { table.vocabularyIsIntrinsic[Int($0)] }
        return range.count > 1 ? SideAnchors.sortedDistinct(ids) : ids
    }

    /// Shape priors moved toward the shapes the first pass found, so that a translator who
    /// often splits sentences (Chinese → English: many 1-2 and 1-3) is expected to.
    static func refittedPriors(_ priors: [BeadShape: Double], path: [(source: Range<Int>, target: Range<Int>)]) -> [BeadShape: Double] {
        let paired = path.filter { !$0.source.isEmpty && !$0.target.isEmpty }
        guard paired.count >= 20 else { return priors }
        var counts: [BeadShape: Double] = [:]
        for step in paired { counts[BeadShape(step.source.count, step.target.count), default: 0] += 1 }
        let total = Double(paired.count)
        let strength = 0.5
        return priors.reduce(into: [:]) { result, entry in
            let observed = (counts[entry.key] ?? 0) / total
            result[entry.key] = (1 - strength) * entry.value + strength * max(observed, entry.value / 4)
        }
    }
}
