import ConcordText
import Foundation

/// A bilingual word list read from a dictionary file: for each headword of one language, the
/// content words of its translations in the other, as keys that match the other side's words
/// (lower case, diacritics removed, cut to ``keyLength`` letters so `government` meets
/// `governments`).
///
/// Read formats: CC-CEDICT's own text format (Chinese → English: `傳統 传统 [chuan2 tong3]
/// /tradition/convention/`), and FreeDict's dictd format (`.index` + uncompressed `.dict`).
public struct Lexicon: Sendable {
    public let headwordLanguage: Language
    public let translationLanguage: Language
    private let storage: Storage

    /// Files are indexed by headword, and an entry's glosses are read when a document asks
    /// for it: a document meets a few thousand of a dictionary's words.
    enum Storage: Sendable {
        /// FreeDict: entries by folded headword (``headwordKey(_:)``).
        case dictd(bytes: [UInt8], entries: [String: [Range<Int>]])
        case cedict(bytes: [UInt8], index: HeadwordIndex)
    }

    init(headwordLanguage: Language, translationLanguage: Language, storage: Storage) {
        self.headwordLanguage = headwordLanguage
        self.translationLanguage = translationLanguage
        self.storage = storage
    }

    public var entryCount: Int {
        switch storage {
        case .dictd(_, let entries): return entries.count
        case .cedict(_, let index): return index.count
        }
    }

    static let keyLength = 5

    /// Reads the dictionary at `path`, telling the format from its name and content.
    ///
    /// - Throws: ``DataFileError`` naming the file (and line) when it cannot be read.
    public static func load(path: String) throws(DataFileError) -> Lexicon {
        if path.hasSuffix(".gz") || path.hasSuffix(".dz") {
            throw DataFileError(path: path, line: nil, reason: "compressed; decompress it first (gunzip), or run .ci/install-lexicons")
        }
        if path.hasSuffix(".index") {
            return try DictdReader.read(indexPath: path)
        }
        return try CEDICTReader.read(path: path)
    }

    /// How headwords of Latin-script languages are looked up: lower case, no diacritics, as the
    /// words of a sentence are kept.
    static func headwordKey(_ word: String) -> String {
        word.utf8.allSatisfy { $0 < 0x80 } ? word.lowercased() : word.lowercased().folding(options: [.diacriticInsensitive], locale: nil)
    }

    /// The translation keys of a word of the headword language, if it is in the lexicon.
    func translationKeys(of word: String) -> [String] {
        switch storage {
        case .dictd(let bytes, let entries):
            return (entries[word] ?? []).flatMap { DictdReader.translationKeys(bytes[$0]) }
        case .cedict(let bytes, let index):
            var keys: [String] = []
            for line in index.values(of: word, in: bytes) {
                for key in CEDICTReader.glossKeys(bytes[line]) where !keys.contains(key) { keys.append(key) }
            }
            return Array(keys.prefix(8))
        }
    }

    /// The key under which a translation word and a word of the text meet: folded, a plural
    /// `-s`/`-x`, then `-ing` or `-ed`, then a final `-e` dropped, so that an inflected word of
    /// the text meets the base form a gloss gives (`kings` ~ `king`, `walked` ~ `walk`, `loved`
    /// ~ `love`, `rois` ~ `roi`), cut to ``keyLength`` letters.
    static func key(_ word: Substring) -> String? {
        guard word.utf8.count >= 3 else { return nil }
        let folded = headwordKey(String(word))
        guard folded.count >= 3, !stopWords.contains(folded) else { return nil }
        var stem = Substring(folded)
        if stem.count >= 4, stem.hasSuffix("s") || stem.hasSuffix("x"), !stem.hasSuffix("ss") { stem = stem.dropLast() }
        for ending in ["ing", "ed"] where stem.hasSuffix(ending) && stem.count - ending.count >= 3 {
            stem = stem.dropLast(ending.count)
            break
        }
        if stem.count >= 4, stem.hasSuffix("e") { stem = stem.dropLast() }
        return String(stem.prefix(keyLength))
    }

    /// The content words of a gloss (`to set out (on a journey)` → `set`, `out`).
    static func glossKeys(_ gloss: Substring) -> [String] {
        // Words outside brackets: `(on a journey)` and `[pin1 yin1]` are comments.
        var words: [String] = []
        var depth = 0
        var word = ""
        for scalar in gloss.unicodeScalars {
            switch scalar {
            case "(", "[": depth += 1
            case ")", "]": depth = max(depth - 1, 0)
            default:
                let isLetter = scalar.isASCII ? (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A : scalar.properties.isAlphabetic
                if depth == 0, isLetter {
                    word.unicodeScalars.append(scalar)
                    continue
                }
            }
            if !word.isEmpty, let key = key(Substring(word)) { words.append(key) }
            word = ""
        }
        if !word.isEmpty, let key = key(Substring(word)) { words.append(key) }
        return words
    }

    private static let stopWords: Set<String> = [
        "the", "and", "for", "with", "from", "into", "onto", "that", "this", "one", "someone",
        "something", "sth", "sb", "etc", "are", "was", "were", "been", "being", "has", "have",
        "les", "des", "une", "pour", "dans", "sur", "par", "qui", "que", "est", "son", "ses",
        "aux", "avec", "quelqu", "chose",
    ]
}
