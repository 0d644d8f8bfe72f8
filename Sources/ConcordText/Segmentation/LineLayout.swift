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

    /// The line-end code units (CR, LF or CR LF) of soft line ends, in order.
    private let softLineEnds: [Range<Int>]
    /// Sorted offsets of hard line ends.
    private let hardLineEnds: [Int]
    private let paragraphOfLine: [Int]

    init(document: TextDocument) {
        let lines = document.lines
        var soft: [Range<Int>] = []
        var hard: [Int] = []
        hard.reserveCapacity(lines.count)
        var paragraphs = [Int](repeating: 0, count: lines.count)
        var widths: [Int] = []
        document.units.withUnsafeBufferPointer { units in
            var paragraph = -1
            var line = 0
            while line < lines.count {
                guard let first = Self.firstNonSpace(units, lines.contentRange(ofLine: line)) else {
                    paragraphs[line] = max(paragraph, 0)
                    hard.append(lines.contentEnds[line])
                    line += 1
                    continue
                }
                paragraph += 1
                var last = line
                var widestUnits = lines.contentEnds[line] - first
                while last + 1 < lines.count, let next = Self.firstNonSpace(units, lines.contentRange(ofLine: last + 1)) {
                    last += 1
                    widestUnits = max(widestUnits, lines.contentEnds[last] - next)
                }
                for member in line...last { paragraphs[member] = paragraph }
                // A line counts at least one column per code unit, so a paragraph with a line of
                // `saturationWidth` units has no soft line ends, and its columns need no counting;
                // nor do the lines after the first that is `saturationWidth` columns wide.
                var widest = widestUnits
                widths.removeAll(keepingCapacity: true)
                for member in line...last where widest < Self.saturationWidth {
                    let width = Self.width(units, lines.contentRange(ofLine: member))
                    widths.append(width)
                    widest = max(widest, width)
                }
                guard widest < Self.saturationWidth else {
                    hard.append(contentsOf: lines.contentEnds[line...last])
                    line = last + 1
                    continue
                }
                for member in line...last {
                    let width = widths[member - line]
                    let isSoft = member < last
                        && widest >= Self.minimumWrapWidth
                        && width <= Self.maximumWrapWidth
                        && width * 10 >= widest * 6
                        && !Self.startsListItem(units, lines.contentRange(ofLine: member + 1))
                    if isSoft {
                        soft.append(lines.contentEnds[member]..<lines.starts[member + 1])
                    } else {
                        hard.append(lines.contentEnds[member])
                    }
                }
                line = last + 1
            }
        }
        softLineEnds = soft
        hardLineEnds = hard
        paragraphOfLine = paragraphs
    }

    private static func firstNonSpace(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Int? {
        var first = range.lowerBound
        while first < range.upperBound, Punctuation.isSpace(units[first]) { first += 1 }
        return first < range.upperBound ? first : nil
    }

    /// Columns of a non-blank line without its leading white space: one per code unit, two for a
    /// wide character.
    private static func width(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Int {
        guard let first = firstNonSpace(units, range) else { return 0 }
        var width = range.upperBound - first
        let firstNonLatin = CodeUnitScan.firstIndex(above: 0x10FF, in: units, first..<range.upperBound)
        for index in firstNonLatin..<range.upperBound where Punctuation.isWide(units[index]) { width += 1 }
        return width
    }

    private static func startsListItem(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Bool {
        guard let first = firstNonSpace(units, range) else { return false }
        return Punctuation.isListMarker(units[first])
    }

    /// Calls `body` with `range` of `text` as ICU should read it: soft line ends turned into
    /// spaces. Only a range that has soft line ends is copied.
    func withSoftLineEndsAsSpaces<Result, Failure: Error>(
        _ text: UnsafeBufferPointer<UInt16>, _ range: Range<Int>,
        _ body: (UnsafeBufferPointer<UInt16>) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        var next = firstSoftLineEnd(atOrAfter: range.lowerBound)
        guard next < softLineEnds.count, softLineEnds[next].upperBound <= range.upperBound else {
            return try body(UnsafeBufferPointer(rebasing: text[range]))
        }
        let joined = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: range.count)
        defer { joined.deallocate() }
        HugePages.advise(joined)
        _ = joined.initialize(fromContentsOf: text[range])
        while next < softLineEnds.count, softLineEnds[next].upperBound <= range.upperBound {
            for index in softLineEnds[next] { joined[index - range.lowerBound] = 0x20 }
            next += 1
        }
        return try body(UnsafeBufferPointer(joined))
    }

    private func firstSoftLineEnd(atOrAfter offset: Int) -> Int {
        var low = 0, high = softLineEnds.count
        while low < high {
            let middle = (low + high) / 2
            if softLineEnds[middle].lowerBound < offset { low = middle + 1 } else { high = middle }
        }
        return low
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
