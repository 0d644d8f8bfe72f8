import ConcordGlossary
import ConcordText

/// The glossary's terms, indexed for the audit: by match key (exact, split, joined and
/// duplicated forms), by the deletion neighbourhoods of their words (near misses), by confusable skeleton
/// (homoglyphs), by sound key (spelling variants) and, for Chinese, by text and by pinyin syllables (untranslated and wrong forms).
///
/// - Complexity: building is O(*t*·*k*) for *t* terms of *k* letters; a lookup is O(*k*²).
public final class VariantIndex: @unchecked Sendable {
    /// The concepts and prepared terms, by id.
    let store: TermStore
    /// What the audit reads of every candidate term without decoding it.
    let columns: TermColumns
    /// Latin terms by joined word key.
    let byKey: HashedPostings
    /// The sorted hashes of the first words of Latin terms: a span of several words can only be a term
    /// (or a variant of one) if it starts with a capital or with one of these.
    let firstWordKeys: FlatArray<UInt64>
    /// Han terms by text.
    let byHanText: HashedPostings
    /// Han name terms of three or more characters by (length, position, syllable).
    let bySyllable: HashedPostings
    let bySkeleton: HashedPostings
    /// Latin name terms by the sound key of their joined words.
    let bySound: HashedPostings
    let nearMisses: DeletionNeighbourhood
    /// Words shorter than this are not indexed for near misses: their neighbourhoods would hold
    /// half the glossary. A name of short words is still found through its longer words.
    static let minimumFuzzyWordLength = 4
    /// Words this long are also indexed two deletions deep, so two slips in one word are found.
    static let doubleSlipWordLength = 8
    /// The most words a Latin term has (at most 10), and the lengths of Han terms.
    let maximumWords: Int
    let hanLengths: [Int]
    let pinyin: PinyinReader
    let skeletons: ConfusableSkeleton

    /// An index from its parts: built by ``init(glossary:)`` or read back by ``IndexFile``.
    init(store: TermStore, columns: TermColumns, byKey: HashedPostings, firstWordKeys: FlatArray<UInt64>, byHanText: HashedPostings,
         bySyllable: HashedPostings, bySkeleton: HashedPostings, bySound: HashedPostings, nearMisses: DeletionNeighbourhood,
         maximumWords: Int, hanLengths: [Int], pinyin: PinyinReader, skeletons: ConfusableSkeleton) {
        self.store = store
        self.columns = columns
        self.byKey = byKey
        self.firstWordKeys = firstWordKeys
        self.byHanText = byHanText
        self.bySyllable = bySyllable
        self.bySkeleton = bySkeleton
        self.bySound = bySound
        self.nearMisses = nearMisses
        self.maximumWords = maximumWords
        self.hanLengths = hanLengths
        self.pinyin = pinyin
        self.skeletons = skeletons
    }

    /// Indexes every term of `glossary`. Terms are prepared on every core (their tokens, keys,
    /// sound keys, skeletons and pinyin are most of the cost), then indexed in glossary order.
    public convenience init(glossary: Glossary) throws(ICUError) {
        let pinyin = PinyinReader(), skeletons = try ConfusableSkeleton()
        let prepared = try TermPreparation.prepare(glossary, pinyin: pinyin, skeletons: skeletons)
        var terms: [IndexedTerm] = []
        terms.reserveCapacity(prepared.count)
        var byKey = HashedPostings(), byHanText = HashedPostings(), bySyllable = HashedPostings()
        var bySkeleton = HashedPostings(), bySound = HashedPostings(), nearMisses = DeletionNeighbourhood()
        var firstWordKeys = Set<UInt64>(), lengths = Set<Int>(), maximumWords = 1
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
        nearMisses.freeze()
        byHanText.freeze()
        bySyllable.freeze()
        bySkeleton.freeze()
        bySound.freeze()
        self.init(store: TermStore(glossary: glossary, terms: terms), columns: TermColumns(terms), byKey: byKey, firstWordKeys: FlatArray(firstWordKeys.sorted()), byHanText: byHanText,
                  bySyllable: bySyllable, bySkeleton: bySkeleton, bySound: bySound, nearMisses: nearMisses,
                  maximumWords: min(maximumWords, 10), hanLengths: lengths.sorted(), pinyin: pinyin, skeletons: skeletons)
    }

    /// The glossary the index was built from (for an index read from the index cache, decoded
    /// in full the first time it is asked for).
    public var glossary: Glossary { store.allConcepts }

    public var conceptCount: Int { store.conceptCount }

    func term(_ id: Int32) -> IndexedTerm { store.term(Int(id)) }

    /// The Latin terms whose words run together are `key`.
    func terms(withKey key: String) -> [Int32] {
        byKey[key].filter { columns.letters($0).elementsEqual(key.unicodeScalars) }
    }

    /// The Han terms written `text` (a Han term's letters are its text).
    func hanTerms(_ text: String) -> [Int32] {
        byHanText[text].filter { columns.letters($0).elementsEqual(text.unicodeScalars) }
    }

    /// Whether a Latin term starts with a word of this key.
    func isFirstWordKey(_ key: String) -> Bool {
        let hash = HashedPostings.hash(key)
        var low = 0, high = firstWordKeys.count
        while low < high {
            let middle = (low + high) / 2
            if firstWordKeys[middle] < hash { low = middle + 1 } else { high = middle }
        }
        return low < firstWordKeys.count && firstWordKeys[low] == hash
    }

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
    func concept(of term: IndexedTerm) -> Concept { store.concept(term.conceptIndex) }
}
