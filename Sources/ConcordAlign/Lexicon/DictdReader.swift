import ConcordText
import Foundation

/// Reads a FreeDict dictionary in dictd format: `NAME.index` lines `headword TAB offset TAB
/// length` (numbers in base 64 over `A–Z a–z 0–9 + /`) pointing into the uncompressed
/// `NAME.dict`. The languages come from FreeDict's file name (`freedict-eng-fra`).
enum DictdReader {
    private static let languageCodes = ["eng": "en", "fra": "fr", "deu": "de", "spa": "es", "ita": "it", "por": "pt", "nld": "nl", "zho": "zh"]

    static func read(indexPath: String) throws(DataFileError) -> Lexicon {
        let base = String(indexPath.dropLast(".index".count))
        let name = URL(fileURLWithPath: base).lastPathComponent
        let parts = name.split(separator: "-")
        guard parts.count >= 2, let from = languageCodes[String(parts[parts.count - 2])].flatMap(Language.init(code:)),
              let to = languageCodes[String(parts[parts.count - 1])].flatMap(Language.init(code:)) else {
            throw DataFileError(path: indexPath, line: nil, reason: "cannot tell the languages from the name (expected e.g. freedict-eng-fra.index)")
        }
        let index: String
        let dictionary: [UInt8]
        do {
            index = try String(contentsOfFile: indexPath, encoding: .utf8)
            dictionary = [UInt8](try Data(contentsOf: URL(fileURLWithPath: base + ".dict")))
        } catch {
            throw DataFileError(path: indexPath, line: nil, reason: "cannot read it and its uncompressed .dict beside it (gunzip NAME.dict.dz)")
        }
        var entries: [String: [Range<Int>]] = [:]
        for (number, line) in index.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() where !line.isEmpty {
            let fields = line.split(separator: "\t")
            guard fields.count >= 3, let offset = decode(fields[1]), let length = decode(fields[2]) else {
                throw DataFileError(path: indexPath, line: number + 1, reason: "expected 'headword TAB offset TAB length'")
            }
            let headword = String(fields[0])
            guard !headword.hasPrefix("00database"), offset + length <= dictionary.count else { continue }
            entries[Lexicon.headwordKey(headword), default: []].append(offset..<offset + length)
        }
        guard !entries.isEmpty else { throw DataFileError(path: indexPath, line: nil, reason: "no entries found") }
        return Lexicon(headwordLanguage: from, translationLanguage: to, storage: .dictd(bytes: dictionary, entries: entries))
    }

    /// The translation keys of one entry: its first line repeats the headword and its
    /// pronunciation; translations follow.
    static func translationKeys(_ entry: ArraySlice<UInt8>) -> [String] {
        var keys: [String] = []
        let text = String(decoding: entry, as: UTF8.self)
        for translationLine in text.split(whereSeparator: \.isNewline).dropFirst().prefix(6) where translationLine.count < 80 {
            for part in translationLine.split(whereSeparator: { $0 == "," || $0 == ";" }) {
                for key in Lexicon.glossKeys(part) where !keys.contains(key) { keys.append(key) }
            }
        }
        return Array(keys.prefix(8))
    }

    /// dictd's base-64 numbers, most significant digit first.
    private static func decode(_ text: Substring) -> Int? {
        var value = 0
        for character in text.utf8 {
            let digit: Int
            switch character {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): digit = Int(character - UInt8(ascii: "A"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"): digit = Int(character - UInt8(ascii: "a")) + 26
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = Int(character - UInt8(ascii: "0")) + 52
            case UInt8(ascii: "+"): digit = 62
            case UInt8(ascii: "/"): digit = 63
            default: return nil
            }
            value = value * 64 + digit
        }
        return value
    }
}
