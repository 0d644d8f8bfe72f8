import ConcordConcurrency
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

    /// Documents at least this long (in UTF-16 units) are split on all cores (`concord segment`
    /// of 31 MB of English: 0.235 → 0.188 s on two cores).
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
        let cuts = Parallel.map(chunks.count) { chunk in
            document.units.withUnsafeBufferPointer { text in
                (pieces: Result { () throws(ICUError) in try cutter.pieces(text, chunks[chunk], layout: layout, breaker: breakers[chunk]) },
                 isNFC: nfc.isNormalized(UnsafeBufferPointer(rebasing: text[chunks[chunk]])))
            }
        }
        let pieces = try cuts.map { (cut) throws(ICUError) in try cut.pieces.get() }
        let firstIndices = pieces.reduce(into: [0]) { $0.append($0[$0.count - 1] + $1.count) }
        let isNFC = cuts.allSatisfy(\.isNFC)
        return [Segment](unsafeUninitializedCapacity: firstIndices[pieces.count]) { buffer, initializedCount in
            HugePages.advise(buffer)
            Parallel.forEach(chunks.count) { chunk in
                makeSegments(pieces[chunk], firstIndex: firstIndices[chunk], into: buffer.baseAddress, document: document,
                             layout: layout, documentIsNFC: isNFC)
            }
            initializedCount = firstIndices[pieces.count]
        }
    }

    /// Writes one chunk's segments into its stretch of `output`.
    ///
    /// They share a source of the chunk's own: every segment retains its source, and threads
    /// retaining one object at once would fight over its reference count.
    private func makeSegments(_ pieces: [Range<Int>], firstIndex: Int, into output: UnsafeMutablePointer<Segment>?,
                              document: TextDocument, layout: LineLayout, documentIsNFC: Bool) {
        guard let base = output else { return }
        let source = SegmentSource(units: document.units, isNFC: documentIsNFC, normalizer: nfc)
        let mapper = document.positionMapper()
        for (offset, piece) in pieces.enumerated() {
            let start = mapper.position(at: piece.lowerBound)
            (base + firstIndex + offset).initialize(to: Segment(
                index: firstIndex + offset, range: piece, start: start, end: mapper.position(at: piece.upperBound),
                paragraph: layout.paragraph(ofLine: start.line - 1), source: source))
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
