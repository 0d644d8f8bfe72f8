/// A sentence (or a headline, or one line of pre-segmented input) and where it is in its
/// document.
public struct Segment: Sendable, Hashable, Encodable {
    /// 0-based position in the document's list of segments.
    public let index: Int
    /// UTF-16 offsets in the document, leading and trailing white space excluded.
    public let range: Range<Int>
    /// Position of the first character.
    public let start: TextPosition
    /// Position just past the last character (exclusive, as SARIF regions count).
    public let end: TextPosition
    /// 0-based paragraph (run of non-blank lines) the segment starts in.
    public let paragraph: Int
    private let source: SegmentSource

    init(index: Int, range: Range<Int>, start: TextPosition, end: TextPosition, paragraph: Int, source: SegmentSource) {
        self.index = index
        self.range = range
        self.start = start
        self.end = end
        self.paragraph = paragraph
        self.source = source
    }

    /// The text in NFC, on one line: a line end inside the segment (a wrapped line) becomes a
    /// space, or nothing between two Chinese characters.
    ///
    /// - Complexity: O(*m*) in the segment's length: the string is made on each access.
    public var text: String { source.text(of: range) }

    public static func == (a: Segment, b: Segment) -> Bool {
        a.index == b.index && a.range == b.range && a.start == b.start && a.end == b.end
            && a.paragraph == b.paragraph && (a.source === b.source || a.text == b.text)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(index)
        hasher.combine(range.lowerBound)
        hasher.combine(range.upperBound)
    }

    private enum CodingKeys: String, CodingKey {
        case index, text, start, end, paragraph
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(index, forKey: .index)
        try container.encode(text, forKey: .text)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(paragraph, forKey: .paragraph)
    }
}
