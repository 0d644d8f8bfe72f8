import ConcordText
import Foundation

/// The terms of a Concord glossary (`Glossaries/*.tsv`: `concept type definition lang term
/// status note`), indexed to find in sentences which concepts they mention, whatever the
/// language and whichever listed form (preferred, admitted, deprecated or a known
/// misspelling) is used. A concept met on both sides of a bead is an anchor.
public struct GlossaryTerms: Sendable {
    /// Latin-script terms as sequences of word match keys, by their first key.
    private var wordTerms: [String: [String: [(keys: [String], concept: String)]]] = [:]
    /// Chinese terms as characters, by their first character.
    private var characterTerms: [String: [Character: [(characters: [Character], concept: String)]]] = [:]
    public private(set) var conceptCount = 0

    static let header = ["concept", "type", "definition", "lang", "term", "status", "note"]

    /// Reads glossary files, or every `.tsv` file of the folders given.
    ///
    /// - Throws: ``DataFileError`` naming the file and line of the first malformed row.
    public static func load(paths: [String]) throws(DataFileError) -> GlossaryTerms {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw DataFileError(path: path, line: nil, reason: "no such file or folder")
            }
            files += isDirectory.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(".tsv") }.sorted().map { path + "/" + $0 }
                : [path]
        }
        var terms = GlossaryTerms()
        var concepts = Set<String>()
        let keys: MatchKeyMaker
        do { keys = try MatchKeyMaker() } catch { throw DataFileError(path: paths.first ?? "", line: nil, reason: error.description) }
        for file in files {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw DataFileError(path: file, line: nil, reason: "cannot be read as UTF-8 text")
            }
            for (index, row) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() where !row.isEmpty {
                let cells = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                if index == 0 {
                    guard cells == header else {
                        throw DataFileError(path: file, line: 1, reason: "expected the header '\(header.joined(separator: "\\t"))'")
                    }
                    continue
                }
                guard cells.count == header.count, !cells[0].isEmpty, !cells[4].isEmpty else {
                    throw DataFileError(path: file, line: index + 1, reason: "expected \(header.count) tab-separated cells with a concept and a term")
                }
                guard let language = Language(code: cells[3]) else {
                    throw DataFileError(path: file, line: index + 1, reason: "unknown language '\(cells[3])'")
                }
                concepts.insert(cells[0])
                terms.add(term: cells[4], concept: cells[0], language: language, keys: keys)
            }
        }
        terms.conceptCount = concepts.count
        return terms
    }

    private mutating func add(term: String, concept: String, language: Language, keys: MatchKeyMaker) {
        if language.isUnspaced {
            let characters = Array(term)
            guard let first = characters.first else { return }
            characterTerms[language.code, default: [:]][first, default: []].append((characters, concept))
        } else {
            let words = term.split { $0 == " " || $0 == "-" || $0 == "'" || $0 == "’" }.compactMap { try? keys.key(String($0)) }.filter { !$0.isEmpty }
            guard let first = words.first else { return }
            wordTerms[language.code, default: [:]][first, default: []].append((words, concept))
        }
    }

    /// The concepts whose terms occur in a sentence, given its word match keys in order
    /// (Latin-script languages) or its text (Chinese).
    func concepts(words: [String], text: String, language: Language) -> Set<String> {
        var found = Set<String>()
        if language.isUnspaced {
            guard let index = characterTerms[language.code] else { return found }
            let characters = Array(text)
            for start in characters.indices {
                for term in index[characters[start]] ?? [] where characters[start...].starts(with: term.characters) {
                    found.insert(term.concept)
                }
            }
        } else {
            guard let index = wordTerms[language.code] else { return found }
            for start in words.indices {
                for term in index[words[start]] ?? [] where words[start...].starts(with: term.keys) {
                    found.insert(term.concept)
                }
            }
        }
        return found
    }
}
