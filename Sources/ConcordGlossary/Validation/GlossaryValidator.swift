import ConcordText

/// The checks that look across rows: duplicate terms, one term preferred for two concepts,
/// a form that is right for one concept and a misspelling of another, a language with no
/// preferred term, Traditional characters tagged as Simplified Chinese.
public struct GlossaryValidator {
    public init() {}

    /// Every problem found, in glossary order.
    public func problems(in glossary: Glossary) -> [GlossaryProblem] {
        var problems: [GlossaryProblem] = []
        let keys = try? MatchKeyMaker()
        let toSimplified = try? Transliterator(id: Transliterator.traditionalToSimplified)
        var preferredBy: [String: (concept: String, location: SourceLocation?)] = [:]
        var acceptableBy: [String: String] = [:]
        var misspellings: [(key: String, concept: String, term: Term)] = []

        for concept in glossary.concepts {
            var seen: [String: Term] = [:]
            for term in concept.terms {
                let form = term.isCaseSensitive ? term.text : (try? keys?.key(term.text)) ?? term.text.lowercased()
                let key = "\(term.language.tag)\u{1}\(form)"
                if let earlier = seen["\(term.language.tag)\u{1}\(term.text)"] {
                    problems.append(GlossaryProblem(.error, "term '\(term.text)' (\(term.language)) is listed twice for concept '\(concept.id)'\(earlier.location.map { " (first at line \($0.line))" } ?? "")", at: term.location))
                }
                seen["\(term.language.tag)\u{1}\(term.text)"] = term
                switch term.status {
                case .preferred:
                    if let other = preferredBy[key], other.concept != concept.id {
                        problems.append(GlossaryProblem(.error, "term '\(term.text)' (\(term.language)) is preferred for both '\(other.concept)'\(other.location.map { " (\($0))" } ?? "") and '\(concept.id)'", at: term.location))
                    } else {
                        preferredBy[key] = (concept.id, term.location)
                    }
                    acceptableBy[key] = acceptableBy[key] ?? concept.id
                case .admitted:
                    acceptableBy[key] = acceptableBy[key] ?? concept.id
                case .misspelling:
                    misspellings.append((key, concept.id, term))
                case .deprecated:
                    break
                }
                if term.language.language == .chinese, !term.language.isTraditionalChinese,
                   let simplified = try? toSimplified?.transform(term.text), simplified != term.text {
                    problems.append(GlossaryProblem(.warning, "term '\(term.text)' is tagged '\(term.language)' (Simplified) but has Traditional characters (Simplified: '\(simplified)'); tag it zh-Hant", at: term.location))
                }
            }
            for language in concept.languages {
                let statuses = concept.terms(in: language).map(\.status)
                let preferredCount = statuses.filter { $0 == .preferred }.count
                if preferredCount == 0, statuses.contains(.admitted) {
                    problems.append(GlossaryProblem(.warning, "concept '\(concept.id)' has no preferred term in '\(language)'", at: concept.location))
                } else if preferredCount > 1 {
                    problems.append(GlossaryProblem(.warning, "concept '\(concept.id)' has \(preferredCount) preferred terms in '\(language)'; the first one is used", at: concept.location))
                }
            }
        }
        for misspelling in misspellings {
            if let owner = acceptableBy[misspelling.key], owner != misspelling.concept {
                problems.append(GlossaryProblem(.error, "'\(misspelling.term.text)' is listed as a misspelling for '\(misspelling.concept)' but is a correct term of '\(owner)'", at: misspelling.term.location))
            }
        }
        return problems
    }
}
