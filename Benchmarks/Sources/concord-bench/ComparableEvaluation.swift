import ConcordAlign
import ConcordGlossary
import ConcordText
import Foundation

/// Measures `align --comparable` on a synthetic development set built from bible-dev, as the
/// issue describes: per chapter, a random 70 % of the verses on each side, kept independently,
/// the target side shuffled and given distractor verses from other chapters; gold = the pairs
/// with a verse id in common. Then all the chapters' articles at once, every one against every
/// other, as `--comparable` takes many files. Also scores the hand-made pairs of
/// Samples/commerce-ban/comparable.
///
///   concord-bench comparable-eval [--data ../shared/eval] [--glossary Glossaries] [--seed 7070]
///
/// Another seed draws other verses and distractors from the same chapters: a check that a
/// change helps beyond the one sampling the figures are quoted on.
enum ComparableEvaluation {
    static let thresholds = stride(from: 0.15, through: 0.6, by: 0.025).map { ($0 * 1000).rounded() / 1000 }

    struct Counts {
        var truePositives = 0, found = 0, gold = 0
        var precision: Double { found == 0 ? 1 : Double(truePositives) / Double(found) }
        var recall: Double { gold == 0 ? 0 : Double(truePositives) / Double(gold) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        var line: String { String(format: "P %.3f  R %.3f  F1 %.3f  (%d right of %d found, %d gold)", precision, recall, f1, truePositives, found, gold) }
    }

    static let defaultSeed: UInt64 = 7_070

    static func run(data: String, glossaryPath: String, seed: UInt64 = defaultSeed) throws {
        let glossary = try? GlossaryTerms.load(paths: [glossaryPath])
        emit("Concord comparable mode — default threshold \(ComparableMatcher.defaultThreshold); lexicons from \(LexiconCache.folder()); sampling seed \(seed)")
        for (folder, target) in [("bible-en-fr-dev", Language.french), ("bible-en-zh-dev", .chinese)] {
            let base = "\(data)/bible-dev/\(folder)"
            let lexicons = LexiconCache.paths(in: LexiconCache.folder(), between: .english, and: target).compactMap { try? Lexicon.load(path: $0) }
            let matcher = ComparableMatcher(lexicons: lexicons, glossary: glossary)
            let chapters = try synthetic(source: lines("\(base)/src.en.txt"), sourceIDs: lines("\(base)/src.ids"),
                                         target: lines("\(base)/tgt.\(target.code).txt"), targetIDs: lines("\(base)/tgt.ids"), seed: seed)
            var counts = [Double: Counts]()
            let start = Date()
            for chapter in chapters {
                let candidates = try matcher.candidates([ComparableDocument(name: "en", language: .english, segments: chapter.source),
                                                         ComparableDocument(name: target.code, language: target, segments: chapter.target)])
                for threshold in Set(thresholds + [ComparableMatcher.defaultThreshold]) {
                    let found = Set(candidates.pairs(threshold: threshold).map { [$0.sourceIndex, $0.targetIndex] })
                    counts[threshold, default: Counts()].found += found.count
                    counts[threshold, default: Counts()].gold += chapter.gold.count
                    counts[threshold, default: Counts()].truePositives += found.intersection(chapter.gold).count
                }
            }
            let best = counts.max { ($0.value.f1, -$0.key) < ($1.value.f1, -$1.key) }!
            emit("")
            emit("## \(folder) synthetic (\(chapters.count) chapters, \(chapters.reduce(0) { $0 + $1.source.count }) source and \(chapters.reduce(0) { $0 + $1.target.count }) target verses, \(lexicons.count) lexicon\(lexicons.count == 1 ? "" : "s"); \(String(format: "%.1f", Date().timeIntervalSince(start))) s)")
            emit("default threshold \(ComparableMatcher.defaultThreshold): \(counts[ComparableMatcher.defaultThreshold]!.line)")
            emit("best threshold \(best.key): \(best.value.line)")
            emit("by threshold: " + thresholds.map { String(format: "%.3f→%.3f", $0, counts[$0]!.f1) }.joined(separator: " "))
            let corpusStart = Date()
            let corpus = try corpus(chapters, target: target, matcher: matcher)
            emit("all \(chapters.count * 2) articles at once, every one against every other (\(String(format: "%.1f", Date().timeIntervalSince(corpusStart))) s): \(corpus.counts.line); \(corpus.acrossChapters) of the pairs found join articles of different chapters")
        }
        try samples(glossary: glossary)
    }

    static func lines(_ path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    struct Chapter {
        var source: [String] = []
        var target: [String] = []
        var gold = Set<[Int]>()
        /// The verse ids of each segment.
        var sourceIDs: [Set<String>] = []
        var targetIDs: [Set<String>] = []
    }

    static func synthetic(source: [String], sourceIDs: [String], target: [String], targetIDs: [String],
                          seed: UInt64 = defaultSeed) -> [Chapter] {
        var random = SplitMix64(seed: seed)
        func chapter(_ ids: String) -> String { ids.split(separator: ".").prefix(2).joined(separator: ".") }
        var sourceByChapter: [String: [(String, Set<String>)]] = [:], targetByChapter: [String: [(String, Set<String>)]] = [:]
        var order: [String] = []
        for (text, ids) in zip(source, sourceIDs) where !ids.isEmpty {
            let key = chapter(ids)
            if sourceByChapter[key] == nil { order.append(key) }
            sourceByChapter[key, default: []].append((text, Set(ids.split(separator: "+").map(String.init))))
        }
        for (text, ids) in zip(target, targetIDs) where !ids.isEmpty {
            targetByChapter[chapter(ids), default: []].append((text, Set(ids.split(separator: "+").map(String.init))))
        }
        let allTargets = order.flatMap { key in (targetByChapter[key] ?? []).map { (key, $0) } }
        return order.compactMap { key in
            let keptSource = (sourceByChapter[key] ?? []).filter { _ in random.next() % 100 < 70 }
            var keptTarget = (targetByChapter[key] ?? []).filter { _ in random.next() % 100 < 70 }
            // Distractors: about a third as many verses again, from other chapters.
            let others = allTargets.filter { $0.0 != key }
            for _ in 0..<max(1, keptTarget.count / 3) where !others.isEmpty {
                keptTarget.append(others[Int(random.next() % UInt64(others.count))].1)
            }
            for index in keptTarget.indices.reversed() where index > 0 {
                keptTarget.swapAt(index, Int(random.next() % UInt64(index + 1)))
            }
            guard !keptSource.isEmpty, !keptTarget.isEmpty else { return nil }
            var chapter = Chapter(source: keptSource.map(\.0), target: keptTarget.map(\.0),
                                  sourceIDs: keptSource.map(\.1), targetIDs: keptTarget.map(\.1))
            for (s, source) in keptSource.enumerated() {
                for (t, target) in keptTarget.enumerated() where !source.1.isDisjoint(with: target.1) { chapter.gold.insert([s, t]) }
            }
            return chapter
        }
    }

    /// The chapters as one corpus of articles (each chapter's English and its target side),
    /// matched all against all at the default threshold, the way `--comparable` takes many files.
    /// Gold: every two segments of different articles that share a verse (a distractor verse is
    /// gold with its own chapter's copy too). This measures what the per-chapter figures cannot:
    /// the pairs made between articles that report nothing in common.
    static func corpus(_ chapters: [Chapter], target: Language, matcher: ComparableMatcher) throws -> (counts: Counts, acrossChapters: Int) {
        var documents: [ComparableDocument] = [], ids: [[Set<String>]] = []
        for (index, chapter) in chapters.enumerated() {
            documents.append(ComparableDocument(name: "en-\(index)", language: .english, segments: chapter.source))
            ids.append(chapter.sourceIDs)
            documents.append(ComparableDocument(name: "\(target.code)-\(index)", language: target, segments: chapter.target))
            ids.append(chapter.targetIDs)
        }
        let gold = VerseGold(verses: ids)
        let pairs = try matcher.match(documents)
        var counts = Counts(gold: gold.count), acrossChapters = 0
        for pair in pairs {
            counts.found += 1
            if gold.contains(pair) { counts.truePositives += 1 }
            if pair.sourceDocument / 2 != pair.targetDocument / 2 { acrossChapters += 1 }
        }
        return (counts, acrossChapters)
    }

    static func samples(glossary: GlossaryTerms?) throws {
        let folder = "Samples/commerce-ban"
        let lexicons = LexiconCache.paths(in: LexiconCache.folder(), between: .english, and: .french).compactMap { try? Lexicon.load(path: $0) }
        let candidates = try ComparableMatcher(lexicons: lexicons, glossary: glossary).candidates([
            ComparableDocument(name: "en", language: .english, segments: lines("\(folder)/en.lines.txt")),
            ComparableDocument(name: "fr", language: .french, segments: lines("\(folder)/comparable/fr-report.lines.txt")),
        ])
        let gold = Set(try lines("\(folder)/comparable/en-fr.pairs").map { $0.split(separator: "\t").compactMap { Int($0) } })
        emit("")
        emit("## Samples/commerce-ban: en.txt against comparable/fr-report.txt (\(gold.count) hand-made pairs)")
        var row = "by threshold:"
        for threshold in [ComparableMatcher.defaultThreshold] + thresholds.filter({ $0 != ComparableMatcher.defaultThreshold }) {
            let found = Set(candidates.pairs(threshold: threshold).map { [$0.sourceIndex, $0.targetIndex] })
            let counts = Counts(truePositives: found.intersection(gold).count, found: found.count, gold: gold.count)
            if threshold == ComparableMatcher.defaultThreshold { emit("default threshold \(threshold): \(counts.line)") }
            else { row += String(format: " %.3f→%.3f", threshold, counts.f1) }
        }
        emit(row)
    }
}
