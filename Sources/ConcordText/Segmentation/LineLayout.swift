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
                var width = 0
                var first: UInt16 = 0
                for index in range where !Punctuation.isSpace(units[index]) || width > 0 {
                    if width == 0 { first = units[index] }
                    width += Punctuation.isWide(units[index]) ? 2 : 1
                }
                widths[line] = width
                firstUnit[line] = first
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

    /// `true` when a hard line end lies in `range`.
    func hasHardBreak(in range: Range<Int>) -> Bool {
        var low = 0, high = hardLineEnds.count
        while low < high {
            let middle = (low + high) / 2
            if hardLineEnds[middle] < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        return low < hardLineEnds.count && hardLineEnds[low] < range.upperBound
    }

    /// The 0-based paragraph of a 0-based line; a blank line belongs to the paragraph before it.
    func paragraph(ofLine line: Int) -> Int { paragraphOfLine[line] }
}
