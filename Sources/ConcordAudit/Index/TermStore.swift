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
        return cached(\.terms, id, records!.term)
    }

    func concept(_ index: Int) -> Concept {
        if let built { return built.glossary.concepts[index] }
        return cached(\.concepts, index, records!.concept)
    }

    /// Entry `index` of a cache, decoded outside the lock: decoding reads only the file's
    /// bytes, so two threads may both decode one entry, but neither waits for the other to.
    private func cached<Value>(_ cache: ReferenceWritableKeyPath<TermStore, [Value?]>, _ index: Int, _ decode: (Int) -> Value) -> Value {
        if let known = lock.withLock({ self[keyPath: cache][index] }) { return known }
        let value = decode(index)
        return lock.withLock {
            if let known = self[keyPath: cache][index] { return known }
            self[keyPath: cache][index] = value
            return value
        }
    }

    /// Every concept, decoded once.
    var allConcepts: Glossary {
        if let built { return built.glossary }
        if let known = lock.withLock({ glossary }) { return known }
        let all = Glossary(concepts: (0..<conceptCount).map(concept))
        return lock.withLock {
            if let known = glossary { return known }
            glossary = all
            return all
        }
    }

    /// Every term, in id order.
    var allTerms: [IndexedTerm] {
        if let built { return built.terms }
        return (0..<termCount).map(term)
    }
}
