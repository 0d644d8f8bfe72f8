/// How the lines of a document group into paragraphs, and which line ends are only wrapping.
///
/// A blank line always ends a paragraph. Inside a paragraph a line end is *soft* (read as a
/// space) when the text looks hard-wrapped: the line is at most ``maximumWrapWidth`` columns,
/// at least 60 % of the widest line of its paragraph, that widest line is 40 columns or more,
/// and the next line does not start a list item. Other line ends, such as after a headline or in
/// files with one paragraph per line, are hard: no sentence crosses them.
struct LineLayout {
    static let maximumWrapWidth = 100
    static let minimumWrapWidth = 40
    /// A paragraph whose widest line reaches this has no soft line ends: no line of at most
    /// ``maximumWrapWidth`` columns is 60 % of it.
    static let saturationWidth = maximumWrapWidth * 10 / 6 + 1

    /// The line-end code units (CR, LF or CR LF) of soft line ends.
    let softLineEnds: [Range<Int>]
    /// Sorted offsets of hard line ends.
    private let hardLineEnds: [Int]
    private let paragraphOfLine: [Int]

    init(document: TextDocument) {
        let lines = document.lines
        var widths = [Int](repeating: 0, count: lines.count)
        var firstUnit = [UInt16](repeating: 0, count: lines.count)
        document.units.withUnsafeBufferPointer { units in
            for line in 0..<lines.count {
                let range = lines.contentRange(ofLine: line)
                var first = range.lowerBound
                while first < range.upperBound, Punctuation.isSpace(units[first]) { first += 1 }
                guard first < range.upperBound else { continue }
                var width = range.upperBound - first
                // Past `saturationWidth` a line is too wide to matter more (see `init`), so only
                // shorter lines need their wide characters counted.
                if width < Self.saturationWidth {
                    let firstNonLatin = CodeUnitScan.firstIndex(above: 0x10FF, in: units, first..<range.upperBound)
                    for index in firstNonLatin..<range.upperBound where Punctuation.isWide(units[index]) { width += 1 }
                }
                widths[line] = width
                firstUnit[line] = units[first]
            }
        }
        var soft: [Range<Int>] = []
        var hard: [Int] = []
        var paragraphs = [Int](repeating: 0, count: lines.count)
        var paragraph = -1
        var line = 0
        while line < lines.count {
            if widths[line] == 0 {
                paragraphs[line] = max(paragraph, 0)
                hard.append(lines.contentEnds[line])
                line += 1
                continue
            }
            paragraph += 1
            var last = line
            while last + 1 < lines.count, widths[last + 1] > 0 { last += 1 }
            let widest = widths[line...last].max() ?? 0
            for member in line...last {
                paragraphs[member] = paragraph
                let isSoft = member < last
                    && widest >= Self.minimumWrapWidth
                    && widths[member] <= Self.maximumWrapWidth
                    && widths[member] * 10 >= widest * 6
                    && !Punctuation.isListMarker(firstUnit[member + 1])
                if isSoft {
                    soft.append(lines.contentEnds[member]..<lines.starts[member + 1])
                } else {
                    hard.append(lines.contentEnds[member])
                }
            }
            line = last + 1
        }
        softLineEnds = soft
        hardLineEnds = hard
        paragraphOfLine = paragraphs
    }

    /// The first hard line end at or after `offset`.
    func firstHardLineEnd(atOrAfter offset: Int) -> Int? {
        var cursor = HardBreakCursor(self, from: offset)
        return cursor.next(atOrAfter: offset)
    }

    /// Answers "is there a hard line end in this range?" for ranges given in increasing order,
    /// in amortized O(1).
    struct HardBreakCursor {
        private let ends: [Int]
        private var next = 0

        /// A cursor for ranges at or after `offset`.
        init(_ layout: LineLayout, from offset: Int) {
            ends = layout.hardLineEnds
            var low = 0, high = ends.count
            while low < high {
                let middle = (low + high) / 2
                if ends[middle] < offset { low = middle + 1 } else { high = middle }
            }
            next = low
        }

        /// `range`s must come in increasing order of their lower bounds.
        mutating func hasHardBreak(in range: Range<Int>) -> Bool {
            guard let end = next(atOrAfter: range.lowerBound) else { return false }
            return end < range.upperBound
        }

        mutating func next(atOrAfter offset: Int) -> Int? {
            while next < ends.count, ends[next] < offset { next += 1 }
            return next < ends.count ? ends[next] : nil
        }
    }

    /// The 0-based paragraph of a 0-based line; a blank line belongs to the paragraph before it.
    func paragraph(ofLine line: Int) -> Int { paragraphOfLine[line] }
}
