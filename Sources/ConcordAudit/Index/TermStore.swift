import ConcordGlossary
import Foundation

/// The concepts and prepared terms of a ``VariantIndex``. An index built in memory holds them
/// all; one read from an ``IndexFile`` decodes each concept and term the first time it is
/// asked for: an audit meets a few thousand of a large glossary's hundreds of thousands of
/// terms, and decoding them all took longer than the audit.
final class TermStore: @unchecked Sendable {
    let conceptCount: Int
    let termCount: Int
    private let built: (glossary: Glossary, terms: [IndexedTerm])?
    private let records: IndexFile.Records?
    /// Guards the decoded concepts and terms of a stored index; a built one never changes.
    private let lock = NSLock()
    private var concepts: [Concept?] = []
    private var terms: [IndexedTerm?] = []
    private var glossary: Glossary?

    init(glossary: Glossary, terms: [IndexedTerm]) {
        built = (glossary, terms)
        records = nil
        conceptCount = glossary.concepts.count
        termCount = terms.count
    }

    init(records: IndexFile.Records) {
        built = nil
        self.records = records
        conceptCount = records.conceptCount
        termCount = records.termCount
        concepts = Array(repeating: nil, count: conceptCount)
        terms = Array(repeating: nil, count: termCount)
    }

    /// `true` for an index read from a file, whose terms are decoded when first asked for.
    var decodesLazily: Bool { records != nil }

    func term(_ id: Int) -> IndexedTerm {
        if let built { return built.terms[id] }
        if let known = lock.withLock({ terms[id] }) { return known }
        // Decoding reads only the file's bytes: two threads may both decode a term, but
        // neither waits for the other to do it.
        let term = records!.term(id)
        return lock.withLock {
            if let known = terms[id] { return known }
            terms[id] = term
            return term
        }
    }

    func concept(_ index: Int) -> Concept {
        if let built { return built.glossary.concepts[index] }
        if let known = lock.withLock({ concepts[index] }) { return known }
        let concept = records!.concept(index)
        return lock.withLock {
            if let known = concepts[index] { return known }
            concepts[index] = concept
            return concept
        }
    }

    private func lockedConcept(_ index: Int) -> Concept {
        if let concept = concepts[index] { return concept }
        let concept = records!.concept(index)
        concepts[index] = concept
        return concept
    }

    /// Every concept, decoded once.
    var allConcepts: Glossary {
        if let built { return built.glossary }
        lock.lock()
        defer { lock.unlock() }
        if let glossary { return glossary }
        let all = Glossary(concepts: (0..<conceptCount).map(lockedConcept))
        glossary = all
        return all
    }

    /// Every term, in id order.
    var allTerms: [IndexedTerm] {
        if let built { return built.terms }
        return (0..<termCount).map(term)
    }
}
