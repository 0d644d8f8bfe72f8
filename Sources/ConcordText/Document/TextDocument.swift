/// A decoded text document: its UTF-16 code units, exactly as in the file (no normalization, so
/// that every offset maps back to the file), and where its lines start.
public struct TextDocument: Sendable {
    /// The path the document was read from, or `<stdin>`; used in diagnostics.
    public let name: String
    public let encoding: TextEncoding
    /// The text as UTF-16 code units, byte-order mark removed.
    public let units: [UInt16]
    public let lines: LineIndex

    public init(name: String, units: [UInt16], encoding: TextEncoding = .utf8) {
        self.init(name: name, units: units, lines: units.withUnsafeBufferPointer { LineIndex($0) }, encoding: encoding)
    }

    /// A document whose lines are already known, as the decoder finds them on the way.
    init(name: String, units: [UInt16], lines: LineIndex, encoding: TextEncoding) {
        self.name = name
        self.units = units
        self.encoding = encoding
        self.lines = lines
    }

    /// A document made from a string, as if read from a UTF-8 file called `name`.
    public init(name: String, text: String) {
        self.init(name: name, units: Array(text.utf16))
    }

    /// `true` when the document holds nothing but white space.
    public var isBlank: Bool {
        units.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x3000 }
    }

    /// The text of a range of UTF-16 offsets.
    public func text(in range: Range<Int>) -> String { UTF16Text.string(units, range) }

    /// The whole text.
    public var text: String { UTF16Text.string(units) }

    /// A mapper from UTF-16 offsets to line and column, fastest when asked in increasing order.
    public func positionMapper() -> PositionMapper { PositionMapper(document: self) }
}
