extension Auditor {
    /// Keeps one reading of each stretch of text and weighs the evidence of what is left.
    ///
    /// A near miss gains confidence when the document also names the concept correctly and
    /// loses some when its capital may only mark a sentence start. Correct forms spelt two
    /// ways (`WeChat`, `Wechat`) make the rarer ones inconsistent.
    func resolve(_ candidates: [Candidate]) -> [Candidate] {
        let kept = select(candidates)
        let mentioned = Dictionary(grouping: kept.filter(\.isCorrect)) { index.columns.conceptIndex($0.termID) }
        var findings: [Candidate] = []
        for var candidate in kept where !candidate.isCorrect {
            if candidate.kind == .nearMiss || candidate.kind == .wrongChineseForm {
                if let other = mentioned[index.columns.conceptIndex(candidate.termID)]?.first {
                    candidate.confidence += 0.1
                    candidate.evidence.append("'\(other.found)' elsewhere in the document")
                }
                if candidate.startsSentence {
                    candidate.confidence -= 0.1
                    candidate.evidence.append("its capital may only mark the start of a sentence")
                }
                candidate.confidence = min(candidate.confidence, 0.95)
            }
            findings.append(candidate)
        }
        return findings + inconsistencies(mentioned.values.flatMap { $0 })
    }

    /// One reading of each stretch of text, correct or not: exact findings hide fuzzy ones
    /// they overlap, correct mentions hide fuzzy ones inside them; otherwise longer spans win
    /// (`Dinald Trump` over its correct `Trump`).
    func select(_ candidates: [Candidate]) -> [Candidate] {
        let exactFindings = candidates.filter { !$0.isCorrect && $0.kind != .nearMiss && $0.kind != .wrongChineseForm }
            .map(\.range).sorted { $0.lowerBound < $1.lowerBound }
        let correctRanges = candidates.filter(\.isCorrect).map(\.range).sorted { $0.lowerBound < $1.lowerBound }
        let plausible = candidates.filter { candidate in
            guard candidate.kind == .nearMiss || candidate.kind == .wrongChineseForm else { return true }
            return !Self.nearby(candidate.range, in: exactFindings).contains { $0.overlaps(candidate.range) }
                && !Self.nearby(candidate.range, in: correctRanges).contains { $0.lowerBound <= candidate.range.lowerBound && $0.upperBound >= candidate.range.upperBound }
        }
        let ordered = plausible.sorted {
            ($0.range.count, $0.isCorrect ? 1 : 0, $0.confidence, -$0.range.lowerBound) > ($1.range.count, $1.isCorrect ? 1 : 0, $1.confidence, -$1.range.lowerBound)
        }
        // Which UTF-16 units are already read: spans are short, so checking a span is cheap
        // however many candidates a dense text has.
        var taken = [Bool](repeating: false, count: candidates.map(\.range.upperBound).max() ?? 0)
        var kept: [Candidate] = []
        for candidate in ordered where !taken[candidate.range].contains(true) {
            for unit in candidate.range { taken[unit] = true }
            kept.append(candidate)
        }
        return kept
    }

    /// Correct mentions of one term written in more than one way (not counting all-capitals).
    private func inconsistencies(_ mentions: [Candidate]) -> [Candidate] {
        var findings: [Candidate] = []
        let byTerm = Dictionary(grouping: mentions.filter { !Self.isUpperCase($0.found) }) { indexedTerm($0.termID).joinedKey + "\u{1}\(indexedTerm($0.termID).conceptIndex)" }
        for group in byTerm.values {
            // Capitals differ at sentence starts and in headlines; only other differences count.
            let counts = Dictionary(grouping: group) { $0.found.lowercased() }.mapValues(\.count)
            guard counts.count > 1 else { continue }
            let usual = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
            for mention in group where mention.found.lowercased() != usual {
                var finding = mention
                finding.kind = .inconsistent
                finding.confidence = 0.65
                let usualForm = group.first { $0.found.lowercased() == usual }!.found
                finding.expected = usualForm
                finding.evidence = ["written '\(usualForm)' \(counts[usual]!) time\(counts[usual]! == 1 ? "" : "s") in the document, '\(mention.found)' \(counts[mention.found.lowercased()]!)"]
                findings.append(finding)
            }
        }
        return findings
    }

    /// The ranges of a sorted list that start before `range` ends and not long before it starts:
    /// spans are a few words long, so only those can reach it.
    private static func nearby(_ range: Range<Int>, in sorted: [Range<Int>]) -> ArraySlice<Range<Int>> {
        let end = sorted.partitioningIndex { $0.lowerBound >= range.upperBound }
        var start = end
        while start > 0, sorted[start - 1].lowerBound >= range.lowerBound - 1024 { start -= 1 }
        return sorted[start..<end]
    }
}

extension Array {
    /// The first index whose element satisfies `predicate`, which must be false then true along the array.
    func partitioningIndex(where predicate: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if predicate(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
