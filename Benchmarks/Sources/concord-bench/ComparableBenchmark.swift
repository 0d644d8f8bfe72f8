import ConcordAlign
import ConcordText
import Foundation

/// Times `align --comparable` with many articles, all against all: articles of 50 segments
/// cut from bible-dev, alternately English and French, each overlapping its neighbours as much
/// at every size, at three numbers of articles; the time per segment shows how close to linear
/// it grows. The pairs found are checked against the verse ids (`src.ids`, `tgt.ids`): a pair
/// is right when its segments share a verse, and every two segments of different articles that
/// share one are the gold. Each size runs in a fresh child process (peak memory is its own).
///
///   concord-bench comparable [--data ../shared/eval]
enum ComparableBenchmark {
    static let sizes = [50, 100, 200]
    static let segmentsPerArticle = 50
    /// Each pair of articles starts this many verses after the previous pair. 200 articles
    /// (100 starts) then stay within the 2,442 verses, so every article overlaps as many others
    /// at both sizes; with a stride of 30 the larger size wrapped around and overlapped more
    /// (13,670 pairs at 100 articles but 47,684 at 200), which measured the denser overlap,
    /// not the size.
    static let stride = 20

    static func runAll(data: String) {
        let folder = data + "/bible-dev/bible-en-fr-dev"
        guard FileManager.default.fileExists(atPath: folder + "/src.en.txt") else {
            emit("\(folder) not found (pass --data DIR)")
            return
        }
        emit("Concord comparable mode — release build, \(segmentsPerArticle)-segment articles from bible-dev (EN and FR alternately), all against all, lexicons from \(LexiconCache.folder()), best of 3 after a warm-up")
        emit("articles  segments  time     per segment  pairs   right   gold    peak RSS")
        for size in sizes {
            Measurement.inChildProcess(["comparable-one", String(size), folder])
        }
    }

    static func runOne(articles: Int, folder: String) {
        do {
            func lines(_ name: String) throws -> [String] {
                try String(contentsOfFile: folder + "/" + name, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
            }
            let texts = [try lines("src.en.txt"), try lines("tgt.fr.txt")]
            let verses = [try lines("src.ids"), try lines("tgt.ids")].map { $0.map { Set($0.split(separator: "+").map(String.init)) } }
            func start(_ index: Int) -> Int { (index / 2 * stride) % (texts[index % 2].count - segmentsPerArticle) }
            let documents = (0..<articles).map { index -> ComparableDocument in
                ComparableDocument(name: "article-\(index)", language: index % 2 == 0 ? .english : .french,
                                   segments: Array(texts[index % 2][start(index)..<(start(index) + segmentsPerArticle)]))
            }
            let gold = VerseGold(verses: documents.indices.map { document in
                (0..<segmentsPerArticle).map { verses[document % 2][start(document) + $0] }
            })
            let lexicons = LexiconCache.paths(in: LexiconCache.folder(), between: .english, and: .french).compactMap { try? Lexicon.load(path: $0) }
            let matcher = ComparableMatcher(lexicons: lexicons)
            var found: [ComparablePair] = []
            let fastest = try Measurement.best(of: 3) { found = try matcher.match(documents) }
            let right = found.filter(gold.contains).count
            let segments = articles * segmentsPerArticle
            emit(String(format: "%8d  %8d  %6.2f s  %8.0f µs  %6d  %6d  %6d  %6.0f MB", articles, segments, fastest,
                        fastest * 1e6 / Double(segments), found.count, right, gold.count, Measurement.peakMemoryMB()))
        } catch {
            emit("comparable benchmark: \(error)")
        }
    }
}
