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
        // By language, then by match key: one hashed string per lookup.
        var preferredBy: [LanguageTag: [String: (concept: String, location: SourceLocation?)]] = [:]
        var acceptableBy: [LanguageTag: [String: String]] = [:]
        var misspellings: [(language: LanguageTag, key: String, concept: String, term: Term)] = []
        var traditional = TraditionalCharacters(toSimplified)
        let termCount = glossary.concepts.reduce(0) { $0 + $1.terms.count }
        for language in Set(glossary.concepts.flatMap { $0.terms.map(\.language) }) {
            preferredBy[language, default: [:]].reserveCapacity(termCount / 2)
            acceptableBy[language, default: [:]].reserveCapacity(termCount / 2)
        }

        for concept in glossary.concepts {
            for (position, term) in concept.terms.enumerated() {
                let key = term.isCaseSensitive ? term.text : (try? keys?.key(term.text)) ?? term.text.lowercased()
                // A concept has a handful of terms: a scan of the earlier ones beats a dictionary per concept.
                if let earlier = concept.terms[..<position].first(where: { $0.language == term.language && $0.text == term.text }) {
                    problems.append(GlossaryProblem(.error, "term '\(term.text)' (\(term.language)) is listed twice for concept '\(concept.id)'\(earlier.location.map { " (first at line \($0.line))" } ?? "")", at: term.location))
                }
                switch term.status {
                case .preferred:
                    if let other = preferredBy[term.language]?[key], other.concept != concept.id {
                        problems.append(GlossaryProblem(.error, "term '\(term.text)' (\(term.language)) is preferred for both '\(other.concept)'\(other.location.map { " (\($0))" } ?? "") and '\(concept.id)'", at: term.location))
                    } else {
                        preferredBy[term.language, default: [:]][key] = (concept.id, term.location)
                    }
                    if acceptableBy[term.language]?[key] == nil { acceptableBy[term.language, default: [:]][key] = concept.id }
                case .admitted:
                    if acceptableBy[term.language]?[key] == nil { acceptableBy[term.language, default: [:]][key] = concept.id }
                case .misspelling:
                    misspellings.append((term.language, key, concept.id, term))
                case .deprecated:
                    break
                }
                if term.language.language == .chinese, !term.language.isTraditionalChinese,
                   let simplified = traditional.simplified(term.text) {
                    problems.append(GlossaryProblem(.warning, "term '\(term.text)' is tagged '\(term.language)' (Simplified) but has Traditional characters (Simplified: '\(simplified)'); tag it zh-Hant", at: term.location))
                }
            }
            var languages: [(tag: LanguageTag, preferred: Int, admitted: Bool)] = []
            for term in concept.terms {
                let index = languages.firstIndex { $0.tag == term.language } ?? {
                    languages.append((term.language, 0, false))
                    return languages.count - 1
                }()
                if term.status == .preferred { languages[index].preferred += 1 }
                if term.status == .admitted { languages[index].admitted = true }
            }
            for language in languages.sorted(by: { $0.tag < $1.tag }) {
                if language.preferred == 0, language.admitted {
                    problems.append(GlossaryProblem(.warning, "concept '\(concept.id)' has no preferred term in '\(language.tag)'", at: concept.location))
                } else if language.preferred > 1 {
                    problems.append(GlossaryProblem(.warning, "concept '\(concept.id)' has \(language.preferred) preferred terms in '\(language.tag)'; the first one is used", at: concept.location))
                }
            }
        }
        for misspelling in misspellings {
            if let owner = acceptableBy[misspelling.language]?[misspelling.key], owner != misspelling.concept {
                problems.append(GlossaryProblem(.error, "'\(misspelling.term.text)' is listed as a misspelling for '\(misspelling.concept)' but is a correct term of '\(owner)'", at: misspelling.term.location))
            }
        }
        return problems
    }
}

/// Finds Traditional characters in a term through ICU's Traditional-Simplified transform,
/// asking it once per character: most terms have none, and a transform per term dominated
/// the checks of a large glossary.
private struct TraditionalCharacters {
    let toSimplified: Transliterator?
    private var changes: [Unicode.Scalar: Bool] = [:]

    init(_ toSimplified: Transliterator?) { self.toSimplified = toSimplified }

    /// The Simplified form of `text`, nil when it has no Traditional character.
    mutating func simplified(_ text: String) -> String? {
        guard let toSimplified else { return nil }
        var hasTraditional = false
        for scalar in text.unicodeScalars where scalar.value >= 0x2E80 {
            if changes[scalar] == nil { changes[scalar] = (try? toSimplified.transform(String(scalar))) != String(scalar) }
            if changes[scalar]! { hasTraditional = true }
        }
        guard hasTraditional, let simplified = try? toSimplified.transform(text), simplified != text else { return nil }
        return simplified
    }
}
