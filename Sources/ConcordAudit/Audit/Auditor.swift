import ConcordConcurrency
import ConcordGlossary
import ConcordText
import Foundation

/// Finds misspelled and variant names of glossary concepts in a document.
///
/// Each span of up to a few words (and each run of Han characters) is matched against a
/// ``VariantIndex``: exactly by key (correct forms, listed misspellings, split, joined and
/// repeated words), by weighted edit distance (near misses), by confusable skeleton
/// (homoglyphs) and by pinyin (Chinese forms). Overlapping matches are then resolved, longest
/// first, and each remaining variant gets a confidence from what supports it.
public final class Auditor {
    public let index: VariantIndex
    /// Findings less sure than this are not reported.
    public var minimumConfidence: Double
    /// From this many UTF-16 code units on (about 20,000 words), a document is read on two
    /// cores; below, one is quicker (31 MB of English, shipped glossary: 2.78 → 1.48 s).
    var parallelUnits = 120_000
    /// The terms this auditor has met, so that a name a document repeats is taken from the
    /// index (shared, and locked when it decodes terms as they are needed) once.
    private var metTerms: [Int32: IndexedTerm] = [:]

    public init(index: VariantIndex, minimumConfidence: Double = 0.6) {
        self.index = index
        self.minimumConfidence = minimumConfidence
    }

    /// The findings in a document, in text order.
    ///
    /// - Parameters:
    ///   - document: the text, with its name for ``Finding/file``.
    ///   - language: the document's language; it picks the expected form of each concept.
    /// - Complexity: O(*n*·*w*) for *n* words and terms of up to *w* words.
    public func audit(_ document: TextDocument, language: Language) throws(ICUError) -> [Finding] {
        let resolved = resolve(try candidates(in: document, language: language))
        let mapper = document.positionMapper()
        var expectedForms: [String: String] = [:]
        return resolved
            .filter { $0.confidence >= minimumConfidence }
            .sorted { $0.range.lowerBound < $1.range.lowerBound }
            .map { candidate in
                let term = indexedTerm(candidate.termID)
                let concept = index.concept(of: term)
                return Finding(file: document.name, range: candidate.range, position: mapper.position(at: candidate.range.lowerBound),
                               utf16Columns: Finding.utf16Columns(of: candidate.range, in: document),
                               found: candidate.found, expected: candidate.expected ?? {
                                   let key = "\(candidate.termID)\u{1}\(candidate.found)"
                                   if let known = expectedForms[key] { return known }
                                   let form = expectedForm(concept, found: candidate.found, matched: term, language: language)
                                   expectedForms[key] = form
                                   return form
                               }(),
                               conceptID: concept.id, conceptLabel: concept.label, conceptType: concept.type,
                               kind: candidate.kind ?? .inconsistent, confidence: (candidate.confidence * 100).rounded() / 100,
                               evidence: candidate.evidence)
            }
    }

    /// Term `id` of the index; from an index that decodes its terms as they are needed, each
    /// term is asked for once by this auditor.
    func indexedTerm(_ id: Int32) -> IndexedTerm {
        guard index.store.decodesLazily else { return index.term(id) }
        if let known = metTerms[id] { return known }
        let term = index.term(id)
        metTerms[id] = term
        return term
    }

    /// The form to suggest: the concept's acceptable term in the document's language that is
    /// closest to the form found (`Pompio` → `Pompeo`, not `Mike Pompeo`), the preferred one
    /// on a tie; written in the script of the form found where the glossary has one (a Latin
    /// name in Chinese text stays Latin).
    func expectedForm(_ concept: Concept, found: String, matched: IndexedTerm, language: Language) -> String {
        let foundIsHan = found.unicodeScalars.contains { Script($0) == .han }
        let foundKey = Array(Self.folded(found).unicodeScalars)
        for tag in [LanguageTag(language), matched.term.language] {
            let choices = concept.terms(in: tag).filter { term in
                term.status.isAcceptable && (language != .chinese || term.text.unicodeScalars.contains { Script($0) == .han } == foundIsHan)
            }
            let scored = choices.enumerated().map { offset, term in
                (term, SpellingDistance.distance(Array(Self.folded(term.text).unicodeScalars), foundKey, limit: .infinity) ?? .infinity,
                 term.status == .preferred ? 0 : 1, offset)
            }
            if !foundIsHan || language == .chinese, let best = scored.min(by: { ($0.1, $0.2, $0.3) < ($1.1, $1.2, $1.3) }) {
                return best.0.text
            }
            if let preferred = choices.first(where: { $0.status == .preferred }) ?? choices.first { return preferred.text }
        }
        return matched.term.text
    }
}

extension Auditor {
    /// Where a document names glossary concepts, rightly or not, in text order: the stretches
    /// of text the audit settles on before weighing evidence, each with every concept its form
    /// belongs to (`微信` is a term of both WeChat and Weixin).
    public func mentions(_ document: TextDocument, language: Language) throws(ICUError) -> [(range: Range<Int>, conceptID: String)] {
        let candidates = try candidates(in: document, language: language)
        let sameSpan = Dictionary(grouping: candidates.filter { $0.kind == nil || $0.kind == .knownMisspelling }, by: \.range)
        return select(candidates).filter { $0.confidence >= minimumConfidence }
            .sorted { $0.range.lowerBound < $1.range.lowerBound }
            .flatMap { kept in
                Set([index.concept(of: indexedTerm(kept.termID)).id] + (sameSpan[kept.range] ?? []).map { index.concept(of: indexedTerm($0.termID)).id })
                    .sorted().map { (kept.range, $0) }
            }
    }

    /// Every reading of every span of the document, before overlaps are resolved.
    ///
    /// A long document is read on two cores: it is cut in two at a line break, which no span
    /// crosses, and the candidates of the halves are put in the order one core gives. Han
    /// runs are read on one core (the pinyin reader keeps a cache).
    func candidates(in document: TextDocument, language: Language) throws(ICUError) -> [Candidate] {
        let units = document.units, middle = units.count / 2
        guard units.count >= parallelUnits, let lineBreak = units[middle...].firstIndex(of: 0x0A), lineBreak + 1 < units.count else {
            let (words, runs) = try AuditTokenizer(language: language).tokenize(units)
            let (exact, nearMisses) = try latinCandidates(words, document: document)
            return try exact + nearMisses + hanCandidates(runs, documentLanguage: language)
        }
        // Each half with its own auditor, which shares only the index (whose mutable parts are locked).
        func read(_ range: Range<Int>) -> Result<(exact: [Candidate], nearMisses: [Candidate], runs: [HanRun]), ICUError> {
            Result { () throws(ICUError) in
                let (words, runs) = try AuditTokenizer(language: language).tokenize(document.units, in: range)
                let (exact, nearMisses) = try Auditor(index: index, minimumConfidence: minimumConfidence).latinCandidates(words, document: document)
                return (exact, nearMisses, runs)
            }
        }
        let halves = Parallel.both({ read(0..<(lineBreak + 1)) }, { read((lineBreak + 1)..<units.count) })
        let (first, second) = (try halves.0.get(), try halves.1.get())
        return try first.exact + second.exact + first.nearMisses + second.nearMisses
            + hanCandidates(first.runs + second.runs, documentLanguage: language)
    }
}
