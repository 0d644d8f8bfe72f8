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
        var text = document.units
        for range in layout.softLineEnds {
            for index in range { text[index] = 0x20 }
        }
        let chunks = chunkRanges(document, layout: layout)
        var breakers = [breaker]
        for _ in chunks.dropFirst() { breakers.append(try breaker.copy()) }

        let jobs = try text.withUnsafeBufferPointer { (buffer) throws(ICUError) -> [ChunkJob] in
            let jobs = chunks.indices.map {
                ChunkJob(text: buffer, document: document, range: chunks[$0], layout: layout,
                         breaker: breakers[$0], cutter: cutter, normalizer: nfc)
            }
            DispatchQueue.concurrentPerform(iterations: jobs.count) { jobs[$0].run() }
            return jobs
        }
        var spans: [SegmentSpan] = []
        for job in jobs { spans.append(contentsOf: try job.spans()) }
        let source = SegmentSource(units: document.units, isNFC: jobs.allSatisfy(\.isNFC), normalizer: nfc)
        return makeSegments(spans, source: source, layout: layout)
    }

    /// One segment per line, as given (for `--presegmented` input): segment *i* is line *i*,
    /// blank lines included, so indices are line numbers.
    public func lineSegments(of document: TextDocument) -> [Segment] {
        let lines = document.lines
        guard !document.units.isEmpty else { return [] }
        let mapper = document.positionMapper()
        let (spans, isNFC) = document.units.withUnsafeBufferPointer { units in
            let spans = (0..<lines.count).map { line in
                SegmentSpan(cutter.trimmed(units, lines.contentRange(ofLine: line)), mapper: mapper)
            }
            return (spans, nfc.isNormalized(units))
        }
        let source = SegmentSource(units: document.units, isNFC: isNFC, normalizer: nfc)
        return makeSegments(spans, source: source, layout: nil)
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

    private func makeSegments(_ spans: [SegmentSpan], source: SegmentSource, layout: LineLayout?) -> [Segment] {
        var segments: [Segment] = []
        segments.reserveCapacity(spans.count)
        for (index, span) in spans.enumerated() {
            let paragraph = layout?.paragraph(ofLine: span.start.line - 1) ?? span.start.line - 1
            segments.append(Segment(index: index, range: span.range, start: span.start, end: span.end,
                                    paragraph: paragraph, source: source))
        }
        return segments
    }
}

/// A sentence's range and positions, before it becomes a ``Segment``.
private struct SegmentSpan {
    let range: Range<Int>
    let start: TextPosition
    let end: TextPosition

    init(_ range: Range<Int>, mapper: PositionMapper) {
        self.range = range
        start = mapper.position(at: range.lowerBound)
        end = mapper.position(at: range.upperBound)
    }
}

/// One chunk's share of the work — sentences, their positions, the NFC check — run on its own
/// thread. Unchecked: a job is run by one thread and read by the caller only after
/// `concurrentPerform` returns; its breaker is its own and the text is read-only.
private final class ChunkJob: @unchecked Sendable {
    private let text: UnsafeBufferPointer<UInt16>
    private let document: TextDocument
    private let range: Range<Int>
    private let layout: LineLayout
    private let breaker: SentenceBreaker
    private let cutter: SentenceCutter
    private let normalizer: Normalizer
    private var result: Result<[SegmentSpan], ICUError> = .success([])
    private(set) var isNFC = true

    init(text: UnsafeBufferPointer<UInt16>, document: TextDocument, range: Range<Int>, layout: LineLayout,
         breaker: SentenceBreaker, cutter: SentenceCutter, normalizer: Normalizer) {
        self.text = text
        self.document = document
        self.range = range
        self.layout = layout
        self.breaker = breaker
        self.cutter = cutter
        self.normalizer = normalizer
    }

    func run() {
        do throws(ICUError) {
            let pieces = try cutter.pieces(text, range, layout: layout, breaker: breaker)
            let mapper = document.positionMapper()
            result = .success(pieces.map { SegmentSpan($0, mapper: mapper) })
        } catch {
            result = .failure(error)
        }
        isNFC = document.units.withUnsafeBufferPointer { normalizer.isNormalized(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    func spans() throws(ICUError) -> [SegmentSpan] { try result.get() }
}
