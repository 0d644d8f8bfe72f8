import ConcordGlossary
import ConcordText
import Foundation

/// The terms of a Concord glossary, indexed to find in sentences which concepts they mention, whatever the
/// language and whichever listed form (preferred, admitted, deprecated or a known
/// misspelling) is used. A concept met on both sides of a bead is an anchor.
public struct GlossaryTerms: Sendable {
    /// Latin-script terms as sequences of word match keys, by their first key.
    private var wordTerms: [String: [String: [(keys: [String], concept: String)]]] = [:]
    /// Chinese terms as characters, by their first character.
    private var characterTerms: [String: [Character: [(characters: [Character], concept: String)]]] = [:]
    public private(set) var conceptCount = 0

    /// Reads glossary files, or the glossary files of the folders given.
    ///
    /// - Throws: ``GlossaryError`` naming the file and line of every error.
    public static func load(paths: [String]) throws(GlossaryError) -> GlossaryTerms {
        try GlossaryTerms(glossary: GlossaryLoader.load(paths: paths))
    }

    /// Indexes the terms of a glossary.
    public init(glossary: Glossary) throws(GlossaryError) {
        let keys: MatchKeyMaker
        do { keys = try MatchKeyMaker() } catch { throw GlossaryError(error.description) }
        for (concept, term) in glossary.terms {
            add(term: term.text, concept: concept.id, language: term.language.language, keys: keys)
        }
        conceptCount = glossary.concepts.count
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
