import Foundation
import ConcordGlossary
import ConcordText

extension Auditor {
    /// Candidates from spans of consecutive words (joined only by spaces or one hyphen): exact
    /// key matches, repeated words and homoglyphs span by span, then near misses from the
    /// terms whose words are near the document's capitalized words.
    func latinCandidates(_ words: [AuditWord], document: TextDocument) throws(ICUError) -> (exact: [Candidate], nearMisses: [Candidate]) {
        var candidates: [Candidate] = []
        var matchedSpans = Set<Int>()
        // The first word of the stretch each word belongs to: a span may not cross a break.
        var stretchStart = [Int](repeating: 0, count: words.count)
        for (position, word) in words.enumerated() where position > 0 {
            stretchStart[position] = word.gapBefore == .other || word.gapBefore == .none ? position : stretchStart[position - 1]
        }
        for start in words.indices {
            var joined = ""
            var hasRepeat = false
            let startsName = words[start].isCapitalized || index.isFirstWordKey(words[start].key)
            for end in start..<min(words.count, start + (startsName ? index.maximumWords + 1 : 1)) {
                if end > start, words[end].gapBefore == .other { break }
                joined += words[end].key
                let span = words[start...end]
                let exactTerms = index.terms(withKey: joined)
                if end > start, words[end].key == words[end - 1].key { hasRepeat = true }
                let mixed = span.contains(where: \.hasMixedScripts)
                guard !exactTerms.isEmpty || hasRepeat || mixed else { continue }
                let range = span.first!.range.lowerBound..<span.last!.range.upperBound
                let found = document.text(in: range)
                var matched = false
                for id in exactTerms {
                    if let candidate = exactCandidate(id, span: span, range: range, found: found) {
                        candidates.append(candidate)
                        matched = true
                    }
                }
                if hasRepeat, let candidate = repeatedWordCandidate(span, range: range, found: found) {
                    candidates.append(candidate)
                    matched = true
                }
                if mixed {
                    candidates += try homoglyphCandidates(found, words: span.map(\.surface).joined(separator: " "), range: range)
                    matched = true
                }
                if matched { matchedSpans.insert(Self.spanKey(start, end)) }
            }
        }
        return (candidates, nearMissCandidates(words, stretchStart: stretchStart, skipping: matchedSpans, document: document))
    }

    static func spanKey(_ start: Int, _ end: Int) -> Int { start << 20 | min(end - start, (1 << 20) - 1) }

    /// A span whose key is a term's key: a correct form, a listed variant, or the term split,
    /// joined or in the wrong case or accents.
    private func exactCandidate(_ id: Int32, span: ArraySlice<AuditWord>, range: Range<Int>, found: String) -> Candidate? {
        var candidate = Candidate(range: range, found: found, termID: id, kind: nil, confidence: 1, evidence: [],
                                  startsSentence: span.first!.isSentenceStart)
        // A right form written exactly as the glossary writes it, told from the columns alone.
        if index.columns.status(id).isAcceptable, index.columns.isWritten(id, as: found) { return candidate }
        let term = indexedTerm(id)
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
        for id in index.terms(withKey: keys.joined()) where indexedTerm(id).term.status.isAcceptable && indexedTerm(id).isName {
            let term = indexedTerm(id)
            guard term.wordCount == keys.count else { continue }
            return Candidate(range: range, found: found, termID: id, kind: .duplicated, confidence: 0.92,
                             evidence: ["'\(term.term.text)' with a word repeated"])
        }
        return nil
    }

    /// Spans that mix scripts and look exactly like a term (ICU's confusable skeleton).
    private func homoglyphCandidates(_ found: String, words: String, range: Range<Int>) throws(ICUError) -> [Candidate] {
        let skeleton = try index.skeletons.skeleton(words)
        return index.bySkeleton[skeleton].prefix(1).map { id in
            let foreign = found.unicodeScalars.filter { [.cyrillic, .greek].contains(Script($0)) }
                .map { "U+\(String($0.value, radix: 16, uppercase: true)) \($0.properties.name ?? "")" }
            return Candidate(range: range, found: found, termID: id, kind: .homoglyph, confidence: 0.99,
                             evidence: ["looks like '\(indexedTerm(id).term.text)' but holds \(foreign.joined(separator: ", "))"])
        }
    }

    /// Near misses: each capitalized word is looked up in the deletion neighbourhoods of the
    /// terms' words; a hit on word *k* of a term of *n* words places the term over the span
    /// that starts *k* words earlier. Spans of up to three words are also looked up by sound
    /// key. Each span keeps the closest term, within ``SpellingDistance/limit(forLength:)``.
    private func nearMissCandidates(_ words: [AuditWord], stretchStart: [Int], skipping matched: Set<Int>, document: TextDocument) -> [Candidate] {
        var scoredBySpan: [Int: [(id: Int32, distance: Double, limit: Double, soundsAlike: Bool)]] = [:]
        struct Trial: Hashable {
            let span: Int
            let term: Int32
        }
        var tried = Set<Trial>()
        var lengthBefore = [0]
        for word in words { lengthBefore.append(lengthBefore.last! + word.key.unicodeScalars.count) }
        // A text repeats its capitalized words (`And`, `God`, names): each distinct one is
        // looked up once, each distinct span is measured once against each term, and each
        // distinct run of words gets its sound key once.
        var hitsByKey: [String: Set<Int32>] = [:]
        var queries: [String: NearMissQuery] = [:]
        var soundKeys: [String: String] = [:]
        let columns = index.columns
        func consider(_ id: Int32, start: Int, end: Int) {
            guard start >= 0, end < words.count, stretchStart[end] <= start else { return }
            let queryLength = lengthBefore[end + 1] - lengthBefore[start], termLength = columns.letterCount(id)
            let limit = SpellingDistance.limit(forLength: termLength)
            guard limit > 0, queryLength >= 4, abs(termLength - queryLength) <= Int((limit + 1) / SpellingDistance.slipCost),
                  capitalsAgree(words[start...end], term: id),
                  !matched.contains(Self.spanKey(start, end)),
                  tried.insert(Trial(span: Self.spanKey(start, end), term: id)).inserted else { return }
            let text = start == end ? words[start].key : words[start...end].map(\.key).joined()
            let query: NearMissQuery
            if let known = queries[text] { query = known } else {
                query = NearMissQuery(text)
                queries[text] = query
            }
            if let measure = query.measure(id, in: columns, limit: limit) {
                scoredBySpan[Self.spanKey(start, end), default: []].append((id, measure.distance, measure.limit, measure.soundsAlike))
            }
        }
        for (position, word) in words.enumerated() where word.isCapitalized {
            let hits = hitsByKey[word.key] ?? {
                let key = Array(word.key.unicodeScalars)
                let hits = key.count >= VariantIndex.minimumFuzzyWordLength - 1
                    ? index.nearMisses.candidates(key, queryDeletions: key.count >= 8 ? 2 : 1) : []
                hitsByKey[word.key] = hits
                return hits
            }()
            for hit in hits {
                let (id, wordPosition) = VariantIndex.decodeWordHit(hit)
                let start = position - wordPosition
                consider(id, start: start, end: start + columns.wordCount(id) - 1)
            }
            var joined = ""
            for end in position..<min(words.count, position + 3) where stretchStart[end] <= position {
                joined += words[end].key
                let sound = soundKeys[joined] ?? {
                    let sound = PhoneticKey.key(joined)
                    soundKeys[joined] = sound
                    return sound
                }()
                for id in index.bySound[sound] where columns.wordCount(id) == end - position + 1 {
                    consider(id, start: position, end: end)
                }
            }
        }
        return scoredBySpan.sorted { $0.key < $1.key }.compactMap { spanKey, scored in
            let start = spanKey >> 20, end = start + spanKey & ((1 << 20) - 1)
            return nearMissCandidate(scored, span: words[start...end], document: document)
        }
    }

    /// The candidate for a span from its closest term, with the evidence that supports it.
    private func nearMissCandidate(_ scored: [(id: Int32, distance: Double, limit: Double, soundsAlike: Bool)], span: ArraySlice<AuditWord>, document: TextDocument) -> Candidate? {
        guard let best = scored.min(by: { ($0.distance / $0.limit, $0.id) < ($1.distance / $1.limit, $1.id) }) else { return nil }
        let term = indexedTerm(best.id)
        var confidence = 1 - 0.5 * best.distance / best.limit
        var evidence = ["\(Self.formatted(best.distance)) weighted edit\(best.distance == 1 ? "" : "s") from '\(term.term.text)'"]
        if best.soundsAlike {
            confidence += 0.1
            evidence.append("sounds the same ('\(term.soundKey)')")
        }
        let rivals = Set(scored.filter { $0.distance / $0.limit <= best.distance / best.limit + 0.2 }.map { index.columns.conceptIndex($0.id) })
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
        let range = span.first!.range.lowerBound..<span.last!.range.upperBound
        return Candidate(range: range, found: document.text(in: range), termID: best.id, kind: .nearMiss, confidence: confidence,
                         evidence: evidence, startsSentence: span.first!.isSentenceStart)
    }

    private static let derivationSuffixes: Set<String> = ["s", "es", "an", "ans", "ian", "ians", "ese", "ern", "ic", "ism", "ist", "ists", "ite", "ites", "ien", "iens", "ienne", "iennes", "ais", "aise", "aises", "ois", "oise"]

    /// `true` when `word` is `name` with a plural, possessive or demonym ending
    /// (`America` → `American`, `Walmart` → `Walmarts`, `Chine` → `Chinois`), not a slip.
    static func isDerived(_ word: [Unicode.Scalar], from name: some BidirectionalCollection<Unicode.Scalar>) -> Bool {
        guard word.count > name.count, word.starts(with: name) else { return false }
        let suffix = String(String.UnicodeScalarView(word[name.count...]))
        if derivationSuffixes.contains(suffix) { return true }
        let nameEndsWithVowel = name.last.map { "aeiouy".unicodeScalars.contains($0) } ?? false
        return nameEndsWithVowel && (suffix == "n" || suffix == "ns")
    }

    static func formatted(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    /// `true` when every word the term capitalizes is capitalized in the span: a name is not
    /// looked for in lower-case words (`tick`, `bite dance`), except where the glossary writes
    /// it in lower case (`président Trump`).
    func capitalsAgree(_ span: ArraySlice<AuditWord>, term id: Int32) -> Bool {
        span.indices.allSatisfy { !index.columns.isCapitalized(id, word: $0 - span.startIndex) || span[$0].isCapitalized }
            && span.contains(where: \.isCapitalized)
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
