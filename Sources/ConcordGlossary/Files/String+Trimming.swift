extension String {
    /// The text without the white space (line breaks included) at either end. Most cells of a
    /// glossary have none, and those are returned without a scan.
    var trimmingSpaces: String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        if first > 0x20, first < 0x80, last > 0x20, last < 0x80 { return self }
        guard let start = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let end = lastIndex(where: { !$0.isWhitespace })!
        return String(self[start...end])
    }
}
