import ConcordGlossary
import ConcordText

/// The glossary's terms, indexed for the audit: by match key (exact, split, joined and
/// duplicated forms), by the deletion neighbourhoods of their words (near misses), by confusable skeleton
/// (homoglyphs), by sound key (spelling variants) and, for Chinese, by text and by pinyin syllables (untranslated and wrong forms).
///
/// - Complexity: building is O(*t*·*k*) for *t* terms of *k* letters; a lookup is O(*k*²).
public final class VariantIndex: @unchecked Sendable {
    public let glossary: Glossary
    let terms: [IndexedTerm]
    /// Latin terms by joined word key.
    private var byKey = HashedPostings()
    /// The keys of the first words of Latin terms: a span of several words can only be a term
    /// (or a variant of one) if it starts with a capital or with one of these.
    private var firstWordKeys: Set<UInt64> = []
    /// Han terms by text.
    private var byHanText = HashedPostings()
    /// Han name terms of three or more characters by (length, position, syllable).
    private(set) var bySyllable = HashedPostings()
    private(set) var bySkeleton = HashedPostings()
    /// Latin name terms by the sound key of their joined words.
    private(set) var bySound = HashedPostings()
    private(set) var nearMisses = DeletionNeighbourhood()
    /// Words shorter than this are not indexed for near misses: their neighbourhoods would hold
    /// half the glossary. A name of short words is still found through its longer words.
    static let minimumFuzzyWordLength = 4
    /// Words this long are also indexed two deletions deep, so two slips in one word are found.
    static let doubleSlipWordLength = 8
    /// The most words a Latin term has, and the most characters a Han term has.
    private(set) var maximumWords = 1
    private(set) var hanLengths: [Int] = []
    let pinyin: PinyinReader
    let skeletons: ConfusableSkeleton

    /// Indexes every term of `glossary`. Terms are prepared on every core (their tokens, keys,
    /// sound keys, skeletons and pinyin are most of the cost), then indexed in glossary order.
    public init(glossary: Glossary) throws(ICUError) {
        self.glossary = glossary
        pinyin = try PinyinReader()
        skeletons = try ConfusableSkeleton()
        let prepared = try TermPreparation.prepare(glossary, pinyin: pinyin, skeletons: skeletons)
        var terms: [IndexedTerm] = []
        terms.reserveCapacity(prepared.count)
        var lengths = Set<Int>()
        for entry in prepared {
            let term = entry.term, id = Int32(terms.count)
            terms.append(term)
            if term.isHan {
                byHanText.add(term.term.text, id)
                lengths.insert(term.term.text.count)
                for (position, syllable) in entry.nameSyllables.enumerated() {
                    bySyllable.add(Self.syllableHash(syllable, position: position, length: entry.nameSyllables.count), id)
                }
                continue
            }
            byKey.add(term.joinedKey, id)
            firstWordKeys.insert(HashedPostings.hash(term.wordKeys[0]))
            maximumWords = max(maximumWords, term.wordKeys.count)
            guard let skeleton = entry.skeleton else { continue }
            if term.joinedKey.unicodeScalars.count >= 5 {
                for (position, key) in term.wordKeys.enumerated() where key.unicodeScalars.count >= Self.minimumFuzzyWordLength && position < 16 {
                    let letters = Array(key.unicodeScalars)
                    nearMisses.insert(letters, value: id << 4 | Int32(position), deletions: letters.count >= Self.doubleSlipWordLength ? 2 : 1)
                }
            }
            if PhoneticKey.isSpecific(term.soundKey, letters: term.letters.count) { bySound.add(term.soundKey, id) }
            bySkeleton.add(skeleton, id)
        }
        byKey.freeze()
        byHanText.freeze()
        bySyllable.freeze()
        bySkeleton.freeze()
        bySound.freeze()
        self.terms = terms
        hanLengths = lengths.sorted()
        maximumWords = min(maximumWords, 10)
    }

    func term(_ id: Int32) -> IndexedTerm { terms[Int(id)] }

    /// The Latin terms whose words run together are `key`.
    func terms(withKey key: String) -> [Int32] {
        (byKey[key] ?? []).filter { terms[Int($0)].joinedKey == key }
    }

    /// The Han terms written `text`.
    func hanTerms(_ text: String) -> [Int32] {
        (byHanText[text] ?? []).filter { terms[Int($0)].term.text == text }
    }

    /// Whether a Latin term starts with a word of this key.
    func isFirstWordKey(_ key: String) -> Bool { firstWordKeys.contains(HashedPostings.hash(key)) }

    /// The key of a syllable at a position of a Han name of some length, for ``bySyllable``.
    static func syllableHash(_ syllable: String, position: Int, length: Int) -> UInt64 {
        var hash = FNV1a()
        hash.combine(UInt64(length))
        hash.combine(UInt64(position))
        for byte in syllable.utf8 { hash.combine(UInt64(byte)) }
        return hash.value
    }

    /// A near-miss hit: the term, and which of its words was near.
    static func decodeWordHit(_ value: Int32) -> (term: Int32, wordPosition: Int) { (value >> 4, Int(value & 15)) }
    func concept(of term: IndexedTerm) -> Concept { glossary.concepts[term.conceptIndex] }
}
