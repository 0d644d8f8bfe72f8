/// A sentence (or a headline, or one line of pre-segmented input) and where it is in its
/// document.
public struct Segment: Sendable, Hashable, Codable {
    /// 0-based position in the document's list of segments.
    public let index: Int
    /// The text in NFC, on one line: a line end inside the segment (a wrapped line) becomes a
    /// space, or nothing between two Chinese characters.
    public let text: String
    /// UTF-16 offsets in the document, leading and trailing white space excluded.
    public let range: Range<Int>
    /// Position of the first character.
    public let start: TextPosition
    /// Position just past the last character (exclusive, as SARIF regions count).
    public let end: TextPosition
    /// 0-based paragraph (run of non-blank lines) the segment starts in.
    public let paragraph: Int

    public init(index: Int, text: String, range: Range<Int>, start: TextPosition, end: TextPosition, paragraph: Int) {
        self.index = index
        self.text = text
        self.range = range
        self.start = start
        self.end = end
        self.paragraph = paragraph
    }
}
