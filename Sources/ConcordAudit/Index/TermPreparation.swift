import ConcordConcurrency
import ConcordGlossary
import ConcordText
import Foundation

/// The per-term work of building a ``VariantIndex`` — tokens, match keys, sound keys,
/// confusable skeletons, pinyin — done for large glossaries on every core, each with its own
/// ICU objects, over consecutive runs of concepts.
enum TermPreparation {
    /// A term ready to be indexed.
    struct Prepared: Sendable {
        let term: IndexedTerm
        /// The pinyin syllables of a Han name of three syllables or more, by which a wrong
        /// Chinese form of it is found.
        let nameSyllables: [String]
        /// The confusable skeleton of a Latin name (nil for other terms, which are found by
        /// key only).
        let skeleton: String?
    }

    /// Below this many terms one core is quicker than starting ICU objects for another.
    static let parallelTerms = 20_000

    /// The glossary's terms in order, without those that have no key.
    static func prepare(_ glossary: Glossary, pinyin: PinyinReader, skeletons: ConfusableSkeleton) throws(ICUError) -> [Prepared] {
        let termCount = glossary.concepts.reduce(0) { $0 + $1.terms.count }
        let parts = termCount >= parallelTerms ? max(1, min(ProcessInfo.processInfo.activeProcessorCount, 4)) : 1
        let concepts = glossary.concepts.count
        let results = Parallel.map(parts) { part in
            Result { () throws(ICUError) in
                try prepare(glossary, concepts: part * concepts / parts..<(part + 1) * concepts / parts,
                            tools: part == 0 ? (pinyin, skeletons) : (PinyinReader(), try ConfusableSkeleton()))
            }
        }
        var prepared: [Prepared] = []
        prepared.reserveCapacity(termCount)
        for result in results { prepared += try result.get() }
        return prepared
    }

    /// The terms of a run of concepts, each part with ICU objects of its own.
    private static func prepare(_ glossary: Glossary, concepts: Range<Int>,
                                tools: (pinyin: PinyinReader, skeletons: ConfusableSkeleton)) throws(ICUError) -> [Prepared] {
        let tokenizer = try AuditTokenizer(language: .english)
        var prepared: [Prepared] = []
        for conceptIndex in concepts {
            let concept = glossary.concepts[conceptIndex]
            for term in concept.terms {
                if let entry = try prepare(term, conceptIndex: conceptIndex, concept: concept, after: prepared.last,
                                           tokenizer: tokenizer, pinyin: tools.pinyin, skeletons: tools.skeletons) {
                    prepared.append(entry)
                }
            }
        }
        return prepared
    }

    /// Prepares one term. A name is often written alike in several languages (`Mike Pompeo` in
    /// English and French), one row after the other: such a term takes the keys and skeleton of
    /// the term before it instead of asking ICU again.
    private static func prepare(_ term: Term, conceptIndex: Int, concept: Concept, after previous: Prepared?, tokenizer: AuditTokenizer,
                                pinyin: PinyinReader, skeletons: ConfusableSkeleton) throws(ICUError) -> Prepared? {
        let isIndexedName = concept.type.isName && term.status.isAcceptable
        if let previous, !previous.term.isHan, previous.term.term.text == term.text, previous.skeleton != nil || !isIndexedName {
            let same = previous.term
            let indexed = IndexedTerm(conceptIndex: conceptIndex, term: term, wordKeys: same.wordKeys, joinedKey: same.joinedKey,
                                      letters: same.letters, soundKey: same.soundKey, capitalizedWords: same.capitalizedWords,
                                      isHan: false, isName: concept.type.isName)
            return Prepared(term: indexed, nameSyllables: [], skeleton: isIndexedName ? previous.skeleton : nil)
        }
        let isHan = term.text.unicodeScalars.contains { Script($0) == .han }
        let words = isHan ? [] : try tokenizer.tokenize(Array(term.text.utf16)).words
        let wordKeys = words.map(\.key)
        let joined = isHan ? term.text : wordKeys.joined()
        guard !joined.isEmpty else { return nil }
        let indexed = IndexedTerm(conceptIndex: conceptIndex, term: term, wordKeys: wordKeys, joinedKey: joined,
                                  letters: Array(joined.unicodeScalars), soundKey: isHan ? "" : PhoneticKey.key(joined),
                                  capitalizedWords: words.map(\.isCapitalized), isHan: isHan, isName: concept.type.isName)
        if isHan {
            let syllables = isIndexedName ? try pinyin.syllables(term.text) : []
            return Prepared(term: indexed, nameSyllables: syllables.count >= 3 ? syllables : [], skeleton: nil)
        }
        let skeleton = isIndexedName ? try skeletons.skeleton(words.map(\.surface).joined(separator: " ")) : nil
        return Prepared(term: indexed, nameSyllables: [], skeleton: skeleton)
    }
}
