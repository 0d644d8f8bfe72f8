import Foundation
import ConcordGlossary
import ConcordText

extension Auditor {
    /// Candidates from spans of consecutive words (joined only by spaces or one hyphen).
    func latinCandidates(_ words: [AuditWord], document: TextDocument) throws(ICUError) -> [Candidate] {
        var candidates: [Candidate] = []
        var neighbours: [Int: Set<Int32>] = [:]
        for start in words.indices {
            var joined = ""
            for end in start..<min(words.count, start + index.maximumWords + 1) {
                if end > start, words[end].gapBefore == .other { break }
                joined += words[end].key
                let span = words[start...end]
                let range = span.first!.range.lowerBound..<span.last!.range.upperBound
                let found = document.text(in: range)
                var matched = false
                for id in index.byKey[joined] ?? [] {
                    if let candidate = exactCandidate(id, span: span, range: range, found: found) {
                        candidates.append(candidate)
                        matched = true
                    }
                }
                if span.count >= 2, let candidate = repeatedWordCandidate(span, range: range, found: found) {
                    candidates.append(candidate)
                    matched = true
                }
                if span.contains(where: \.hasMixedScripts) {
                    candidates += try homoglyphCandidates(found, words: span.map(\.surface).joined(separator: " "), range: range)
                    matched = true
                }
                if !matched, span.contains(where: \.isCapitalized), span.allSatisfy({ $0.gapBefore != .none || $0.range == span.first!.range }) {
                    var terms = Set<Int32>()
                    for position in start...end {
                        if neighbours[position] == nil { neighbours[position] = nearTerms(of: words[position]) }
                        terms.formUnion(neighbours[position]!)
                    }
                    terms.formUnion(index.bySound[PhoneticKey.key(joined)] ?? [])
                    candidates += nearMissCandidates(joined, terms: terms, span: span, range: range, found: found)
                }
            }
        }
        return candidates
    }

    /// A span whose key is a term's key: a correct form, a listed variant, or the term split,
    /// joined or in the wrong case or accents.
    private func exactCandidate(_ id: Int32, span: ArraySlice<AuditWord>, range: Range<Int>, found: String) -> Candidate? {
        let term = index.term(id)
        var candidate = Candidate(range: range, found: found, termID: id, kind: nil, confidence: 1, evidence: [],
                                  startsSentence: span.first!.isSentenceStart)
        if !term.term.status.isAcceptable {
            // A listed wrong form counts only as written (in any case): `Tik Tok` is listed, `TikTok` shares its key.
            guard span.count == term.wordKeys.count, Self.letters(found, keepMarks: true) == Self.letters(term.term.text, keepMarks: true) else { return nil }
        }
        switch term.term.status {
        case .misspelling:
            candidate.kind = .knownMisspelling
            candidate.confidence = found == term.term.text ? 0.97 : 0.9
            candidate.evidence = ["listed in the glossary as a misspelling\(term.term.source.isEmpty ? "" : " (\(term.term.source))")"]
            return candidate
        case .deprecated:
            candidate.kind = .deprecated
            candidate.confidence = 0.9
            candidate.evidence = ["listed in the glossary as deprecated\(term.term.note.isEmpty ? "" : ": \(term.term.note)")"]
            return candidate
        case .preferred, .admitted:
            break
        }
        if found == term.term.text { return candidate }
        guard term.isName else { return candidate }
        if span.count > term.wordKeys.count, span.allSatisfy({ $0.isCapitalized }) || span.dropFirst().contains(where: { $0.gapBefore == .hyphen }) {
            candidate.kind = .split
            candidate.confidence = 0.92
            candidate.evidence = ["the same letters as '\(term.term.text)', cut into \(span.count) parts"]
        } else if span.count < term.wordKeys.count {
            candidate.kind = .joined
            candidate.confidence = 0.88
            candidate.evidence = ["the \(term.wordKeys.count) words of '\(term.term.text)' run together"]
        } else if Self.folded(found) == Self.folded(term.term.text) {
            guard term.term.isCaseSensitive, found != term.term.text else { return candidate }
            guard !Self.isUpperCase(found) else { return candidate }
            candidate.kind = .caseVariant
            candidate.confidence = 0.9
            candidate.evidence = ["the glossary marks '\(term.term.text)' as case-sensitive"]
        } else if Self.letters(found, keepMarks: true) != Self.letters(term.term.text, keepMarks: true),
                  Self.letters(found, keepMarks: false) == Self.letters(term.term.text, keepMarks: false) {
            candidate.kind = .diacritic
            candidate.confidence = 0.88
            candidate.evidence = ["'\(term.term.text)' with different accents"]
        }
        return candidate
    }

    /// A span with a word written twice (`Wang Wang Yi`) that is a term once the repeat is dropped.
    private func repeatedWordCandidate(_ span: ArraySlice<AuditWord>, range: Range<Int>, found: String) -> Candidate? {
        var keys: [String] = []
        for word in span where keys.last != word.key { keys.append(word.key) }
        guard keys.count < span.count else { return nil }
        for id in index.byKey[keys.joined()] ?? [] where index.term(id).term.status.isAcceptable && index.term(id).isName {
            let term = index.term(id)
            guard term.wordKeys.count == keys.count else { continue }
            return Candidate(range: range, found: found, termID: id, kind: .duplicated, confidence: 0.92,
                             evidence: ["'\(term.term.text)' with a word repeated"])
        }
        return nil
    }

    /// Spans that mix scripts and look exactly like a term (ICU's confusable skeleton).
    private func homoglyphCandidates(_ found: String, words: String, range: Range<Int>) throws(ICUError) -> [Candidate] {
        let skeleton = try index.skeletons.skeleton(words)
        return (index.bySkeleton[skeleton] ?? []).prefix(1).map { id in
            let foreign = found.unicodeScalars.filter { [.cyrillic, .greek].contains(Script($0)) }
                .map { "U+\(String($0.value, radix: 16, uppercase: true)) \($0.properties.name ?? "")" }
            return Candidate(range: range, found: found, termID: id, kind: .homoglyph, confidence: 0.99,
                             evidence: ["looks like '\(index.term(id).term.text)' but holds \(foreign.joined(separator: ", "))"])
        }
    }

    /// Name terms with a word near this word (a few deletions apart).
    private func nearTerms(of word: AuditWord) -> Set<Int32> {
        let key = Array(word.key.unicodeScalars)
        guard key.count >= VariantIndex.minimumFuzzyWordLength - 1 else { return [] }
        return index.nearMisses.candidates(key, queryDeletions: key.count >= 8 ? 2 : 1)
    }

    /// Name terms within a few weighted edits of the span (same number of words), among the
    /// terms that have a word near one of the span's words.
    private func nearMissCandidates(_ joined: String, terms: Set<Int32>, span: ArraySlice<AuditWord>, range: Range<Int>, found: String) -> [Candidate] {
        let query = Array(joined.unicodeScalars)
        guard query.count >= 4 else { return [] }
        var scored: [(id: Int32, distance: Double, limit: Double, soundsAlike: Bool)] = []
        for id in terms {
            let term = index.term(id)
            guard Self.capitalsAgree(span, term.term.text) else { continue }
            guard term.wordKeys.count == span.count, term.joinedKey != joined, !Self.isDerived(joined, from: term.joinedKey) else { continue }
            let target = Array(term.joinedKey.unicodeScalars)
            var limit = SpellingDistance.limit(forLength: target.count)
            // Spellings that sound alike may be further apart (`Adolpho` for `Adolfo`).
            let sound = PhoneticKey.key(term.joinedKey)
            let soundsAlike = limit > 0 && target.first == query.first && sound.count >= PhoneticKey.minimumLength && sound == PhoneticKey.key(joined)
            if soundsAlike { limit += 1 }
            guard let distance = SpellingDistance.distance(target, query, limit: limit) else { continue }
            scored.append((id, distance, limit, soundsAlike))
        }
        guard let best = scored.min(by: { ($0.distance / $0.limit, $0.id) < ($1.distance / $1.limit, $1.id) }) else { return [] }
        let term = index.term(best.id)
        var confidence = 1 - 0.5 * best.distance / best.limit
        var evidence = ["\(Self.formatted(best.distance)) weighted edit\(best.distance == 1 ? "" : "s") from '\(term.term.text)'"]
        if best.soundsAlike {
            confidence += 0.1
            evidence.append("sounds the same ('\(PhoneticKey.key(term.joinedKey))')")
        }
        let rivals = Set(scored.filter { $0.distance / $0.limit <= best.distance / best.limit + 0.2 }.map { index.term($0.id).conceptIndex })
        if rivals.count > 1 {
            confidence -= 0.15
            evidence.append("also close to \(rivals.count - 1) other concept\(rivals.count > 2 ? "s" : "")")
        }
        if span.count > 1 {
            let shared = zip(span.map(\.key), term.wordKeys).filter { $0 == $1 }.count
            if shared > 0 {
                confidence += 0.05
                evidence.append("\(shared) of \(span.count) words exact")
            }
        }
        return [Candidate(range: range, found: found, termID: best.id, kind: .nearMiss, confidence: confidence,
                          evidence: evidence, startsSentence: span.first!.isSentenceStart)]
    }

    private static let derivationSuffixes: Set<String> = ["s", "es", "an", "ans", "ian", "ians", "ese", "ern", "ic", "ism", "ist", "ists", "ite", "ites", "ien", "iens", "ienne", "iennes", "ais", "aise", "aises", "ois", "oise"]

    /// `true` when `word` is `name` with a plural, possessive or demonym ending
    /// (`America` → `American`, `Walmart` → `Walmarts`, `Chine` → `Chinois`), not a slip.
    static func isDerived(_ word: String, from name: String) -> Bool {
        guard word.hasPrefix(name), word.count > name.count else { return false }
        let suffix = String(word.dropFirst(name.count))
        if derivationSuffixes.contains(suffix) { return true }
        let nameEndsWithVowel = name.last.map { "aeiouy".contains($0) } ?? false
        return nameEndsWithVowel && (suffix == "n" || suffix == "ns")
    }

    static func formatted(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    /// `true` when every word the term capitalizes is capitalized in the span: a name is not
    /// looked for in lower-case words (`tick`, `bite dance`), except where the glossary writes
    /// it in lower case (`président Trump`).
    static func capitalsAgree(_ span: ArraySlice<AuditWord>, _ term: String) -> Bool {
        let termWords = term.split { $0 == " " || $0 == "-" }
        guard termWords.count == span.count else { return span.allSatisfy(\.isCapitalized) }
        return zip(span, termWords).allSatisfy { word, termWord in
            !(termWord.first?.isUppercase ?? false) || word.isCapitalized
        } && span.contains(where: \.isCapitalized)
    }

    /// Lower-cased text without spaces and punctuation.
    static func folded(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.map(Character.init))
    }

    /// Letters lower-cased and decomposed, with or without their combining marks.
    static func letters(_ text: String, keepMarks: Bool) -> String {
        String(text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars.filter {
            $0.properties.isAlphabetic || (keepMarks && $0.properties.generalCategory == .nonspacingMark)
        }.map(Character.init))
    }

    static func isUpperCase(_ text: String) -> Bool {
        let letters = text.unicodeScalars.filter(\.properties.isAlphabetic)
        return letters.count > 1 && letters.allSatisfy { !$0.properties.isLowercase }
    }
}
