import Dispatch
import Foundation

/// Splits a document into sentences the way a translator counts them.
///
/// On top of ICU's sentence iterator (``SentenceBreaker``), it makes blank lines and short
/// lines (headlines, list items) hard boundaries, joins lines of hard-wrapped paragraphs, and
/// repairs the cases where ICU's rules cut against news typography:
/// - French closing guillemets after a space (`« C'est fini. »`) stay with their sentence, and
///   a Chinese opening quote after `。` (`。“`) goes with the next one;
/// - a quotation ending in `?` or `!` followed by a lower-case verb of saying
///   (`"Why?" he asked.`, `« Où ? » demanda-t-il.`) stays one sentence;
/// - abbreviations ICU does not list (`Sept. 20`, `Gen. Milley`) do not end a sentence.
public final class Segmenter {
    public let language: Language
    private let breaker: SentenceBreaker
    private let cutter: SentenceCutter
    private let nfc: Normalizer

    public init(language: Language) throws(ICUError) {
        self.language = language
        cutter = SentenceCutter(language: language)
        breaker = try SentenceBreaker(language: language)
        nfc = try Normalizer(.nfc)
    }

    /// Documents at least this long (in UTF-16 units) are split on all cores.
    static let parallelThreshold = 1 << 18

    /// The sentences of `document`, in order.
    ///
    /// Long documents are cut at hard line ends into one chunk per core; no sentence crosses a
    /// hard line end, so the result is the same as in one piece.
    ///
    /// - Complexity: O(*n*) in the length of the document.
    public func segments(of document: TextDocument) throws(ICUError) -> [Segment] {
        let layout = LineLayout(document: document)
        let chunks = chunkRanges(document, layout: layout)
        var breakers = [breaker]
        for _ in chunks.dropFirst() { breakers.append(try breaker.copy()) }
        let jobs = chunks.indices.map {
            ChunkJob(document: document, range: chunks[$0], layout: layout, breaker: breakers[$0], cutter: cutter,
                     normalizer: nfc)
        }
        DispatchQueue.concurrentPerform(iterations: jobs.count) { jobs[$0].cut() }
        var count = 0
        for job in jobs {
            job.firstIndex = count
            count += try job.sentenceCount()
        }
        let isNFC = jobs.allSatisfy(\.isNFC)
        return [Segment](unsafeUninitializedCapacity: count) { buffer, initializedCount in
            HugePages.advise(buffer)
            for job in jobs { job.output = buffer }
            DispatchQueue.concurrentPerform(iterations: jobs.count) { jobs[$0].makeSegments(documentIsNFC: isNFC) }
            initializedCount = count
        }
    }

    /// One segment per line, as given (for `--presegmented` input): segment *i* is line *i*,
    /// blank lines included, so indices are line numbers.
    public func lineSegments(of document: TextDocument) -> [Segment] {
        let lines = document.lines
        guard !document.units.isEmpty else { return [] }
        let mapper = document.positionMapper()
        return document.units.withUnsafeBufferPointer { units in
            let source = SegmentSource(units: document.units, isNFC: nfc.isNormalized(units), normalizer: nfc)
            return (0..<lines.count).map { line in
                let range = cutter.trimmed(units, lines.contentRange(ofLine: line))
                let start = mapper.position(at: range.lowerBound)
                return Segment(index: line, range: range, start: start, end: mapper.position(at: range.upperBound),
                               paragraph: start.line - 1, source: source)
            }
        }
    }

    /// Ranges of `text` that start where a document or a line starts, at most one per core,
    /// cut at hard line ends.
    private func chunkRanges(_ document: TextDocument, layout: LineLayout) -> [Range<Int>] {
        let count = document.units.count
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard count >= Self.parallelThreshold, cores > 1 else { return [0..<count] }
        var cuts = [0]
        for part in 1..<cores {
            guard let end = layout.firstHardLineEnd(atOrAfter: count * part / cores) else { break }
            let line = document.lines.line(containing: end)
            guard line + 1 < document.lines.count else { break }
            let cut = document.lines.starts[line + 1]
            if cut > cuts[cuts.count - 1] { cuts.append(cut) }
        }
        cuts.append(count)
        return (0..<cuts.count - 1).map { cuts[$0]..<cuts[$0 + 1] }
    }
}

/// One chunk's share of the work, run on its own thread in two rounds: first its sentences and
/// the NFC check; then, once every chunk has counted its sentences, their segments with
/// positions, written straight into the chunk's stretch of the result.
///
/// Unchecked: between rounds the caller reads a job and sets `firstIndex` and `output`; within
/// a round each job is run by one thread, with its own breaker, on read-only text, and writes
/// only its own stretch of `output`.
private final class ChunkJob: @unchecked Sendable {
    private let document: TextDocument
    private let range: Range<Int>
    private let layout: LineLayout
    private let breaker: SentenceBreaker
    private let cutter: SentenceCutter
    private let normalizer: Normalizer
    private var pieces: Result<[Range<Int>], ICUError> = .success([])
    private(set) var isNFC = true
    var firstIndex = 0
    var output: UnsafeMutableBufferPointer<Segment>?

    init(document: TextDocument, range: Range<Int>, layout: LineLayout, breaker: SentenceBreaker,
         cutter: SentenceCutter, normalizer: Normalizer) {
        self.document = document
        self.range = range
        self.layout = layout
        self.breaker = breaker
        self.cutter = cutter
        self.normalizer = normalizer
    }

    func cut() {
        document.units.withUnsafeBufferPointer { text in
            do throws(ICUError) {
                pieces = .success(try cutter.pieces(text, range, layout: layout, breaker: breaker))
            } catch {
                pieces = .failure(error)
            }
            isNFC = normalizer.isNormalized(UnsafeBufferPointer(rebasing: text[range]))
        }
    }

    /// The number of sentences ``cut()`` found, or its error.
    func sentenceCount() throws(ICUError) -> Int { try pieces.get().count }

    /// Writes the chunk's segments into its stretch of `output`.
    ///
    /// They share a source of the chunk's own: every segment retains its source, and threads
    /// retaining one object at once would fight over its reference count.
    func makeSegments(documentIsNFC: Bool) {
        guard case .success(let pieces) = pieces, let base = output?.baseAddress else { return }
        let source = SegmentSource(units: document.units, isNFC: documentIsNFC, normalizer: normalizer)
        let mapper = document.positionMapper()
        for (offset, piece) in pieces.enumerated() {
            let start = mapper.position(at: piece.lowerBound)
            (base + firstIndex + offset).initialize(to: Segment(
                index: firstIndex + offset, range: piece, start: start, end: mapper.position(at: piece.upperBound),
                paragraph: layout.paragraph(ofLine: start.line - 1), source: source))
        }
    }
}
