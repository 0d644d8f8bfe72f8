import ConcordGlossary
import ConcordText

extension Auditor {
    /// Candidates from runs of Han characters: glossary terms (right, deprecated, misspelt),
    /// Chinese names left in a text of another language, and in Chinese text, names written
    /// with other characters that sound the same (`庞培奥` for `蓬佩奥`).
    func hanCandidates(_ runs: [HanRun], documentLanguage: Language) throws(ICUError) -> [Candidate] {
        var candidates: [Candidate] = []
        for run in runs {
            let characters = Array(run.text)
            let offsets = characters.reduce(into: [0]) { $0.append($0.last! + $1.utf16.count) }
            var covered = [Bool](repeating: false, count: characters.count)
            for start in characters.indices {
                for length in index.hanLengths where start + length <= characters.count {
                    let text = String(characters[start..<(start + length)])
                    let ids = index.hanTerms(text)
                    guard !ids.isEmpty else { continue }
                    let range = (run.range.lowerBound + offsets[start])..<(run.range.lowerBound + offsets[start + length])
                    // In another language's text, a name alone is left untranslated; inside a longer
                    // Chinese passage it is part of a quotation.
                    let isQuoted = characters.count - length > 1
                    for id in ids {
                        candidates.append(hanTermCandidate(id, range: range, found: text, documentLanguage: isQuoted ? .chinese : documentLanguage))
                    }
                    for position in start..<(start + length) { covered[position] = true }
                }
            }
            if documentLanguage != .chinese, !covered.contains(true) {
                candidates += try untranslatedByPinyin(run)
            }
            if documentLanguage == .chinese {
                candidates += try soundAlikeCandidates(characters, offsets: offsets, run: run, covered: covered)
            }
        }
        return candidates
    }

    private func hanTermCandidate(_ id: Int32, range: Range<Int>, found: String, documentLanguage: Language) -> Candidate {
        let term = indexedTerm(id)
        var candidate = Candidate(range: range, found: found, termID: id, kind: nil, confidence: 1, evidence: [])
        switch term.term.status {
        case .misspelling:
            candidate.kind = .knownMisspelling
            candidate.confidence = 0.97
            candidate.evidence = ["listed in the glossary as a misspelling"]
        case .deprecated:
            candidate.kind = .deprecated
            candidate.confidence = 0.9
            candidate.evidence = ["listed in the glossary as deprecated\(term.term.note.isEmpty ? "" : ": \(term.term.note)")"]
        case .preferred, .admitted:
            if documentLanguage != .chinese, term.isName {
                candidate.kind = .untranslated
                candidate.confidence = 0.9
                candidate.evidence = ["the glossary's Chinese term for \(index.concept(of: term).label)"]
            }
        }
        return candidate
    }

    /// A whole Han run in a non-Chinese text whose pinyin is a Latin term (`赵立坚` → `Zhao Lijian`).
    private func untranslatedByPinyin(_ run: HanRun) throws(ICUError) -> [Candidate] {
        let key = try index.pinyin.key(run.text)
        guard key.count >= 4 else { return [] }
        return index.terms(withKey: key).filter { indexedTerm($0).isName && indexedTerm($0).term.status.isAcceptable }.prefix(1).map { id in
            Candidate(range: run.range, found: run.text, termID: id, kind: .untranslated, confidence: 0.85,
                      evidence: ["reads '\(key)' in pinyin, the key of '\(indexedTerm(id).term.text)'"])
        }
    }

    /// Windows of three or more characters that sound like a glossary name without being it:
    /// every syllable alike, at least half of them identical, and at least one character shared.
    private func soundAlikeCandidates(_ characters: [Character], offsets: [Int], run: HanRun, covered: [Bool]) throws(ICUError) -> [Candidate] {
        guard characters.count >= 3 else { return [] }
        let syllables = try index.pinyin.syllables(run.text)
        guard syllables.count == characters.count else { return [] }
        var candidates: [Candidate] = []
        for length in index.hanLengths where length >= 3 {
            for start in 0...max(0, characters.count - length) where start + length <= characters.count {
                guard !covered[start..<(start + length)].contains(true) else { continue }
                var seen = Set<Int32>()
                for position in 0..<length {
                    let key = VariantIndex.syllableHash(syllables[start + position], position: position, length: length)
                    for id in index.bySyllable.ids(forHash: key) where seen.insert(id).inserted {
                        let term = indexedTerm(id)
                        let termCharacters = Array(term.term.text)
                        let termSyllables = try index.pinyin.syllables(term.term.text)
                        let window = Array(characters[start..<(start + length)])
                        let sameSyllables = zip(termSyllables, syllables[start..<(start + length)]).filter { $0 == $1 }.count
                        let sameCharacters = zip(termCharacters, window).filter { $0 == $1 }.count
                        guard sameCharacters >= 1, sameCharacters < length, sameSyllables * 2 >= length,
                              zip(termSyllables, syllables[start..<(start + length)]).allSatisfy({ PinyinReader.soundAlike($0, $1) })
                        else { continue }
                        let range = (run.range.lowerBound + offsets[start])..<(run.range.lowerBound + offsets[start + length])
                        candidates.append(Candidate(range: range, found: String(window), termID: id, kind: .wrongChineseForm,
                                                    confidence: 0.6 + 0.1 * Double(sameSyllables) / Double(length),
                                                    evidence: ["sounds like '\(term.term.text)' (\(termSyllables.joined(separator: " ")) / \(syllables[start..<(start + length)].joined(separator: " ")))"]))
                    }
                }
            }
        }
        return candidates
    }
}
