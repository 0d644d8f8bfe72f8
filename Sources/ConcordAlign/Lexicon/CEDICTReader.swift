import ConcordText
import Foundation

/// Reads CC-CEDICT's text format: `#` comment lines, then one entry per line,
/// `TRADITIONAL SIMPLIFIED [pin1 yin1] /gloss 1/gloss 2/`. Glosses that only point elsewhere
/// (`variant of`, `see`, `CL:` measure words, `surname`, `abbr. for`) are left out; both the
/// simplified and the traditional headword are indexed.
enum CEDICTReader {
    private static let skippedGlossPrefixes = ["CL:", "variant of", "old variant", "see ", "see also", "surname ", "abbr. for", "used in"]

    static func read(path: String) throws(DataFileError) -> Lexicon {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DataFileError(path: path, line: nil, reason: "cannot be read")
        }
        let bytes = [UInt8](data)
        var pairs: [(headword: Range<Int>, value: Range<Int>)] = []
        var lineNumber = 0
        var lineStart = 0
        // Works on bytes: the file is 10 MB, and its structure is all ASCII.
        while lineStart < bytes.count {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let next = lineEnd + 1
            if lineEnd > lineStart, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            defer { lineStart = next }
            guard lineEnd > lineStart, bytes[lineStart] != UInt8(ascii: "#") else { continue }
            let line = bytes[lineStart..<lineEnd]
            guard let bracket = line.firstIndex(of: UInt8(ascii: "[")),
                  let slash = line[bracket...].firstIndex(of: UInt8(ascii: "/")) else {
                throw DataFileError(path: path, line: lineNumber, reason: "not a CC-CEDICT entry (expected 'TRAD SIMP [pinyin] /gloss/')")
            }
            let heads = line[..<bracket].split(separator: UInt8(ascii: " "))
            guard heads.count == 2 else {
                throw DataFileError(path: path, line: lineNumber, reason: "expected a traditional and a simplified headword")
            }
            let simplified = heads[1].indices, traditional = heads[0].indices
            pairs.append((simplified, slash..<lineEnd))
            if !heads[0].elementsEqual(heads[1]) { pairs.append((traditional, slash..<lineEnd)) }
        }
        guard !pairs.isEmpty else { throw DataFileError(path: path, line: nil, reason: "no CC-CEDICT entries found") }
        return Lexicon(headwordLanguage: .chinese, translationLanguage: .english,
                       storage: .cedict(bytes: bytes, index: HeadwordIndex(bytes: bytes, pairs: pairs)))
    }

    /// The translation keys of one entry's `/gloss/gloss/` part.
    static func glossKeys(_ glosses: ArraySlice<UInt8>) -> [String] {
        var keys: [String] = []
        var glossCount = 0
        for glossBytes in glosses.split(separator: UInt8(ascii: "/")) where glossCount < 6 {
            let gloss = String(decoding: glossBytes, as: UTF8.self)
            if skippedGlossPrefixes.contains(where: gloss.hasPrefix) || gloss.allSatisfy(\.isWhitespace) { continue }
            glossCount += 1
            for key in Lexicon.glossKeys(Substring(gloss)) where !keys.contains(key) { keys.append(key) }
        }
        return keys
    }
}
