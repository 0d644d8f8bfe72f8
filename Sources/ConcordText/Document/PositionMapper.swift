/// Maps UTF-16 offsets of a ``TextDocument`` to ``TextPosition``s.
///
/// Columns count grapheme clusters, which needs a walk along the line. The mapper remembers the
/// last position it gave, so asking for offsets in increasing order (segments, tokens, findings)
/// costs O(*n*) over the whole document, even on a single huge line.
public final class PositionMapper {
    private let document: TextDocument
    private var cursorLine = 0
    private var cursorOffset = 0
    private var cursorColumn = 1

    public init(document: TextDocument) {
        self.document = document
    }

    /// The position of the character starting at `offset`, which must be on a grapheme
    /// boundary (ICU's sentence and word boundaries always are). `offset == units.count` gives
    /// the position just past the end.
    public func position(at offset: Int) -> TextPosition {
        let lines = document.lines
        if offset < cursorOffset {
            cursorLine = lines.line(containing: offset)
            cursorOffset = lines.starts[cursorLine]
            cursorColumn = 1
        } else if cursorLine + 1 < lines.count, offset >= lines.starts[cursorLine + 1] {
            // Forward: walk a few lines, or search when the jump is long.
            var next = cursorLine + 1
            while next + 1 < lines.count, next - cursorLine < 8, offset >= lines.starts[next + 1] { next += 1 }
            if next + 1 < lines.count, offset >= lines.starts[next + 1] { next = lines.line(containing: offset) }
            cursorLine = next
            cursorOffset = lines.starts[next]
            cursorColumn = 1
        }
        let line = cursorLine
        let lineEnd = lines.contentEnds[line]
        let target = min(offset, lineEnd)
        if target > cursorOffset {
            cursorColumn += document.units.withUnsafeBufferPointer {
                Self.graphemeCount(UnsafeBufferPointer(rebasing: $0[cursorOffset..<target]))
            }
            cursorOffset = target
        }
        // An offset inside a line end (between CR and LF) still belongs to the line's end.
        return TextPosition(line: line + 1, column: cursorColumn + (offset > lineEnd ? 1 : 0))
    }

    /// The number of grapheme clusters in `units`, which start on a cluster boundary.
    static func graphemeCount(_ units: UnsafeBufferPointer<UInt16>) -> Int {
        var index = 0
        while true {
            // Printable ASCII and Latin-1/Latin Extended letters are clusters of their own.
            index = CodeUnitScan.firstIndex(outside: 0x20, 0x2FF, in: units, index..<units.count)
            // So is most of what comes between them, Chinese text above all: stepped over in
            // one go, not a scan each.
            while index < units.count, units[index] > 0x2FF, isStandalone(units[index]) { index += 1 }
            if index == units.count { return units.count }
            if !isStandalone(units[index]) { break }
            index += 1
        }
        return String(decoding: units, as: Unicode.UTF16.self).count
    }

    /// Code units that always form a grapheme cluster of their own and never join a
    /// neighbour: most of Latin, general punctuation, CJK and full-width forms. Anything else
    /// (combining marks, surrogates, emoji, Hangul jamo, …) takes the exact path.
    @inline(__always)
    private static func isStandalone(_ unit: UInt16) -> Bool {
        if unit >= 0x20 && unit <= 0x7E { return true }
        if unit >= 0x4E00 && unit <= 0x9FFF { return true }
        switch unit {
        case 0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205E,
             0x3000...0x3029, 0x3030...0x3098, 0x309B...0x30FF, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF01...0xFF9D:
            return true
        default:
            return false
        }
    }
}
