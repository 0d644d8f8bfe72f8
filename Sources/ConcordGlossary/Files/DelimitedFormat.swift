/// The two table syntaxes of glossary files.
///
/// - `csv`: RFC 4180 — comma-separated, fields quoted with `"` when they hold a comma, a quote,
///   a line break or edge spaces, quotes doubled, records ended by CRLF.
/// - `tsv`: tab-separated, one record per line, for hand editing: no quoting; a tab, line break
///   or backslash inside a field is written `\t`, `\n`, `\r`, `\\`. Lines starting with `#` are
///   comments.
public enum DelimitedFormat: String, Sendable, CaseIterable {
    case csv, tsv

    /// One record as text, with its line end.
    public func record(_ fields: [String]) -> String {
        switch self {
        case .csv: return fields.map(Self.csvField).joined(separator: ",") + "\r\n"
        case .tsv: return fields.map(Self.tsvField).joined(separator: "\t") + "\n"
        }
    }

    /// The records of a text, each with the 1-based line it starts on. Blank lines (and in TSV
    /// comment lines) are skipped.
    ///
    /// - Throws: `(line, reason)` for a CSV quote left open or text after a closing quote.
    public func records(_ text: String) throws(DelimitedSyntaxError) -> [(line: Int, fields: [String])] {
        switch self {
        case .tsv: return Self.tsvRecords(text)
        case .csv: return try Self.csvRecords(text)
        }
    }

    private static func csvField(_ field: String) -> String {
        let needsQuotes = field.contains { $0 == "," || $0 == "\"" || $0.isNewline }
            || field.first == " " || field.last == " "
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func tsvField(_ field: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(field.utf8.count)
        for scalar in field.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case "\t": escaped += "\\t"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    private static func tsvUnescaped(_ field: UnsafeBufferPointer<UInt8>) -> String {
        let text = String(decoding: field, as: UTF8.self)
        guard field.contains(UInt8(ascii: "\\")) else { return text }
        var result = ""
        var escaping = false
        for scalar in text.unicodeScalars {
            if escaping {
                switch scalar {
                case "t": result += "\t"
                case "n": result += "\n"
                case "r": result += "\r"
                default: result.unicodeScalars.append(scalar)
                }
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        if escaping { result += "\\" }
        return result
    }

    /// Lines and cells are cut at their ASCII delimiters, over the text's UTF-8 bytes: a split
    /// by `Character` would find grapheme boundaries all through a glossary of a hundred
    /// thousand rows. Cutting at ASCII bytes never splits a character.
    private static func tsvRecords(_ text: String) -> [(line: Int, fields: [String])] {
        var text = text
        return text.withUTF8 { bytes in
            var records: [(line: Int, fields: [String])] = []
            var lineNumber = 0
            var lineStart = 0
            while lineStart < bytes.count {
                let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                lineNumber += 1
                var end = lineEnd
                if end > lineStart, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let line = bytes[lineStart..<end]
                if !line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) && line.first != UInt8(ascii: "#") {
                    var fields: [String] = []
                    var fieldStart = lineStart
                    while true {
                        let fieldEnd = bytes[fieldStart..<end].firstIndex(of: UInt8(ascii: "\t")) ?? end
                        fields.append(tsvUnescaped(UnsafeBufferPointer(rebasing: bytes[fieldStart..<fieldEnd])))
                        guard fieldEnd < end else { break }
                        fieldStart = fieldEnd + 1
                    }
                    records.append((lineNumber, fields))
                }
                lineStart = lineEnd + 1
            }
            return records
        }
    }

    private static func csvRecords(_ text: String) throws(DelimitedSyntaxError) -> [(line: Int, fields: [String])] {
        var records: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var quoted = false
        var afterClosingQuote = false
        var quoteLine = 1
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty) { records.append((recordLine, fields)) }
            fields = []
            field = ""
        }
        while let scalar = pending {
            pending = scalars.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" {
                        field += "\""
                        pending = scalars.next()
                    } else {
                        quoted = false
                        afterClosingQuote = true
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case ",":
                fields.append(field)
                field = ""
                afterClosingQuote = false
            case "\r" where pending == "\n":
                continue
            case "\n", "\r":
                endRecord()
                afterClosingQuote = false
                line += 1
                recordLine = line
            case "\"" where field.isEmpty && !afterClosingQuote:
                quoted = true
                quoteLine = line
            default:
                if afterClosingQuote {
                    throw DelimitedSyntaxError(line: line, reason: "text after a closing quote (write a quote inside a quoted field as \"\")")
                }
                if scalar == "\"" {
                    throw DelimitedSyntaxError(line: line, reason: "a quote inside an unquoted field (quote the whole field and double the quote)")
                }
                field.unicodeScalars.append(scalar)
            }
        }
        if quoted { throw DelimitedSyntaxError(line: quoteLine, reason: "a quoted field is never closed") }
        if !field.isEmpty || !fields.isEmpty || afterClosingQuote { endRecord() }
        return records
    }
}

/// A table whose syntax is broken at a line.
public struct DelimitedSyntaxError: Error, Sendable, Equatable {
    public let line: Int
    public let reason: String
}
