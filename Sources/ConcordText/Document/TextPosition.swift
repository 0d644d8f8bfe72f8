/// A place in a document as a person counts it: 1-based line, and 1-based column counted in
/// user-perceived characters (grapheme clusters), so `e` + combining acute or a family emoji
/// each take one column.
public struct TextPosition: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: TextPosition, b: TextPosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }

    public var description: String { "\(line):\(column)" }
}
