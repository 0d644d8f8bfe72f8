import ConcordText

/// The order every export uses, so that exporting the same glossary twice gives the same
/// bytes whatever order its files listed concepts and terms in.
///
/// Concepts are sorted by their ``Concept/label`` in ICU's root collation (the id breaks
/// ties); the terms of a concept by language tag, then status (preferred, admitted,
/// deprecated, misspelling), then the collation of the term's own language (`é` beside `e`
/// in French, pinyin order in Chinese). Texts that collate equal fall back to code-point
/// order, so the order is total.
public struct GlossaryOrdering {
    public init() {}

    /// The glossary with its concepts and terms in export order.
    ///
    /// - Throws: ``ICUError`` when ICU cannot open a collator.
    /// - Complexity: O(*n* log *n*) in the number of terms, one sort key per term and concept.
    public func ordered(_ glossary: Glossary) throws(ICUError) -> Glossary {
        var collators: [String: Collator] = [:]
        func collator(_ locale: String) throws(ICUError) -> Collator {
            if let known = collators[locale] { return known }
            let opened = try Collator(locale: locale)
            collators[locale] = opened
            return opened
        }
        var concepts: [(key: [UInt8], concept: Concept)] = []
        concepts.reserveCapacity(glossary.concepts.count)
        for var concept in glossary.concepts {
            var terms: [(key: [UInt8], term: Term)] = []
            for term in concept.terms {
                terms.append((try collator(term.language.locale).sortKey(term.text), term))
            }
            terms.sort { a, b in Self.precedes(a, b) }
            concept.terms = terms.map(\.term)
            concepts.append((try collator("").sortKey(concept.label), concept))
        }
        concepts.sort { a, b in
            if a.key != b.key { return a.key.lexicographicallyPrecedes(b.key) }
            return a.concept.id.unicodeScalars.lexicographicallyPrecedes(b.concept.id.unicodeScalars)
        }
        return Glossary(concepts: concepts.map(\.concept))
    }

    private static func rank(_ status: TermStatus) -> Int {
        switch status {
        case .preferred: return 0
        case .admitted: return 1
        case .deprecated: return 2
        case .misspelling: return 3
        }
    }

    private static func precedes(_ a: (key: [UInt8], term: Term), _ b: (key: [UInt8], term: Term)) -> Bool {
        if a.term.language != b.term.language { return a.term.language < b.term.language }
        if a.term.status != b.term.status { return rank(a.term.status) < rank(b.term.status) }
        if a.key != b.key { return a.key.lexicographicallyPrecedes(b.key) }
        // Equal keys: ties broken on every remaining field so no two distinct terms are equal.
        let fieldsA = [a.term.text, a.term.source, a.term.note], fieldsB = [b.term.text, b.term.source, b.term.note]
        for (x, y) in zip(fieldsA, fieldsB) where x != y {
            return x.unicodeScalars.lexicographicallyPrecedes(y.unicodeScalars)
        }
        return !a.term.isCaseSensitive && b.term.isCaseSensitive
    }
}
