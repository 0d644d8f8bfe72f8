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
        // Who prefers and who admits each form: one dictionary, one lookup per term.
        var owners: [Form: Owners] = [:]
        owners.reserveCapacity(glossary.concepts.reduce(0) { $0 + $1.terms.count })
        var languages: [LanguageTag] = []
        // Whether each language is Simplified Chinese, worked out once per language.
        var isSimplifiedChinese: [Bool] = []
        var misspellings: [(form: Form, concept: Int, term: Term)] = []
        var traditional = TraditionalCharacters(toSimplified)

        for (conceptIndex, concept) in glossary.concepts.enumerated() {
            for (position, term) in concept.terms.enumerated() {
                let key = term.isCaseSensitive ? term.text : (try? keys?.key(term.text)) ?? term.text.lowercased()
                let language = languages.firstIndex(of: term.language) ?? {
                    languages.append(term.language)
                    isSimplifiedChinese.append(term.language.language == .chinese && !term.language.isTraditionalChinese)
                    return languages.count - 1
                }()
                let form = Form(language: language, key: key)
                // A concept has a handful of terms: a scan of the earlier ones beats a dictionary per concept.
                if let earlier = concept.terms[..<position].first(where: { $0.language == term.language && $0.text == term.text }) {
                    problems.append(GlossaryProblem(.error, "term '\(term.text)' (\(term.language)) is listed twice for concept '\(concept.id)'\(earlier.location.map { " (first at line \($0.line))" } ?? "")", at: term.location))
                }
                switch term.status {
                case .preferred, .admitted:
                    let owner = Self.own(&owners[form, default: Owners()], concept: conceptIndex, term: position, preferred: term.status == .preferred)
                    if let owner {
                        let other = glossary.concepts[owner.concept]
                        problems.append(GlossaryProblem(.error, "term '\(term.text)' (\(term.language)) is preferred for both '\(other.id)'\(other.terms[owner.term].location.map { " (\($0))" } ?? "") and '\(concept.id)'", at: term.location))
                    }
                case .misspelling:
                    misspellings.append((form, conceptIndex, term))
                case .deprecated:
                    break
                }
                if isSimplifiedChinese[language], let simplified = traditional.simplified(term.text) {
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
            if let owner = owners[misspelling.form]?.acceptable, owner != misspelling.concept {
                problems.append(GlossaryProblem(.error, "'\(misspelling.term.text)' is listed as a misspelling for '\(glossary.concepts[misspelling.concept].id)' but is a correct term of '\(glossary.concepts[owner].id)'", at: misspelling.term.location))
            }
        }
        return problems
    }
}

extension GlossaryValidator {
    /// A term's form in one language: the index of its language, and its match key (or its text
    /// when the casing matters).
    fileprivate struct Form: Hashable {
        let language: Int
        let key: String
    }

    /// The concepts a form belongs to: the first that prefers it (by concept and term index),
    /// and the first that prefers or admits it.
    fileprivate struct Owners {
        var preferred: (concept: Int, term: Int)?
        var acceptable: Int?
    }

    /// Records that a term of a concept prefers or admits a form; returns the other concept
    /// that already prefers it, when a preferred term conflicts.
    fileprivate static func own(_ owners: inout Owners, concept: Int, term: Int, preferred: Bool) -> (concept: Int, term: Int)? {
        if owners.acceptable == nil { owners.acceptable = concept }
        guard preferred else { return nil }
        if let other = owners.preferred, other.concept != concept { return other }
        owners.preferred = (concept, term)
        return nil
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
