import ConcordAlign
import ConcordGlossary
import ConcordText

/// Term consistency across a translation: a named person, organisation, product or programme
/// in a source segment whose aligned target segment names it in no form at all (`Pompeo` in
/// English, nothing for him in the French sentence aligned with it). Reported as notes: a
/// translation may rightly use a pronoun or a paraphrase.
public struct PairAuditor {
    /// One side of the pair: the document, its language and its segments.
    public struct Side {
        public let document: TextDocument
        public let language: Language
        public let segments: [Segment]

        public init(document: TextDocument, language: Language, segments: [Segment]) {
            self.document = document
            self.language = language
            self.segments = segments
        }
    }

    public let auditor: Auditor

    public init(auditor: Auditor) { self.auditor = auditor }

    /// Findings of kind ``FindingKind/missingTranslation``, at the concept's first mention in
    /// the source segment. A concept named in the target of the neighbouring beads counts as
    /// translated, so that a slightly wrong alignment does not raise false alarms; beads with
    /// an empty side (omissions, additions) are the aligner's business and are skipped.
    public func audit(source: Side, target: Side, beads: [Bead]) throws(ICUError) -> [Finding] {
        let sourceMentions = try Self.bySegment(auditor.mentions(source.document, language: source.language), source.segments)
        let targetMentions = try Self.bySegment(auditor.mentions(target.document, language: target.language), target.segments)
        let targetTag = LanguageTag(target.language)
        // The concepts the source names, found in one pass over the glossary rather than one per mention.
        let named = Set(sourceMentions.values.flatMap { $0.map(\.conceptID) })
        let concepts = Dictionary(auditor.index.glossary.concepts.filter { named.contains($0.id) }.map { ($0.id, $0) }) { first, _ in first }
        let mapper = source.document.positionMapper()
        var findings: [Finding] = []
        for (position, bead) in beads.enumerated() where !bead.source.isEmpty && !bead.target.isEmpty {
            let nearby = beads[max(0, position - 1)...min(beads.count - 1, position + 1)]
            let translated = Set(nearby.flatMap { $0.target.flatMap { targetMentions[$0] ?? [] } }.map(\.conceptID))
            var reported = Set<String>()
            for mention in bead.source.flatMap({ sourceMentions[$0] ?? [] })
            where !translated.contains(mention.conceptID) && reported.insert(mention.conceptID).inserted {
                guard let concept = concepts[mention.conceptID], Self.checkedTypes.contains(concept.type),
                      let expected = concept.preferredTerm(in: targetTag) else { continue }
                let targetLines = bead.target.map { target.segments[$0].start.line }
                findings.append(Finding(
                    file: source.document.name, range: mention.range, position: mapper.position(at: mention.range.lowerBound),
                    utf16Columns: Finding.utf16Columns(of: mention.range, in: source.document), found: source.document.text(in: mention.range),
                    expected: expected.text, conceptID: concept.id, conceptLabel: concept.label, conceptType: concept.type,
                    kind: .missingTranslation, confidence: 0.7,
                    evidence: ["no form of the concept in \(target.document.name) line\(Set(targetLines).count == 1 ? "" : "s") \(Set(targetLines).sorted().map(String.init).joined(separator: ", ")), aligned with this sentence"]))
            }
        }
        return findings
    }

    /// Names a translation keeps. Places are often turned into adjectives (`China` → `chinois`)
    /// and common nouns paraphrased, so they are not checked.
    static let checkedTypes: Set<ConceptType> = [.person, .organization, .product, .program]

    /// Mentions grouped by the segment that holds their start.
    private static func bySegment(_ mentions: [(range: Range<Int>, conceptID: String)], _ segments: [Segment]) -> [Int: [(range: Range<Int>, conceptID: String)]] {
        var grouped: [Int: [(range: Range<Int>, conceptID: String)]] = [:]
        for mention in mentions {
            let position = segments.partitioningIndex { $0.range.upperBound > mention.range.lowerBound }
            guard position < segments.count, segments[position].range.contains(mention.range.lowerBound) else { continue }
            grouped[position, default: []].append(mention)
        }
        return grouped
    }
}
