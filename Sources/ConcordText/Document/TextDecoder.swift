import CICUShim
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the bytes of a file into a ``TextDocument``, refusing anything that is not clean
/// text: no silent replacement of bad bytes, so nothing is lost without the user knowing.
///
/// Accepted: UTF-8 with or without a byte-order mark, UTF-16 LE or BE with a byte-order mark.
public enum TextDecoder {
    /// Largest input accepted; ICU addresses text with 32-bit offsets.
    public static let maximumByteCount = 1 << 30

    /// Decodes `bytes` read from the file called `name`.
    ///
    /// - Throws: ``DocumentError`` for binary content (NUL bytes), invalid UTF-8 (with the line
    ///   and byte offset of the first bad byte), UTF-32, malformed UTF-16 or oversized input.
    /// - Complexity: O(*n*) in the number of bytes.
    public static func decode(_ bytes: UnsafeRawBufferPointer, name: String) throws(DocumentError) -> TextDocument {
        let input = bytes.bindMemory(to: UInt8.self)
        guard input.count <= maximumByteCount else {
            throw .tooLarge(name: name, bytes: input.count, limit: maximumByteCount)
        }
        if input.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || input.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            throw .unsupportedEncoding(name: name, encoding: "UTF-32")
        }
        if input.starts(with: [0xFF, 0xFE]) {
            return try decodeUTF16(UnsafeBufferPointer(rebasing: input[2...]), bigEndian: false, name: name)
        }
        if input.starts(with: [0xFE, 0xFF]) {
            return try decodeUTF16(UnsafeBufferPointer(rebasing: input[2...]), bigEndian: true, name: name)
        }
        let hasBOM = input.starts(with: [0xEF, 0xBB, 0xBF])
        let body = UnsafeBufferPointer(rebasing: input[(hasBOM ? 3 : 0)...])
        let bodyStart = hasBOM ? 3 : 0
        if let base = body.baseAddress, let found = memchr(base, 0, body.count) {
            let nul = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            throw .binaryContent(name: name, line: lineNumber(in: input, at: bodyStart + nul),
                                 byteOffset: bodyStart + nul)
        }
        guard let (units, lines) = UTF8Conversion.convert(body) else {
            let bad = bodyStart + (firstInvalidUTF8Offset(body) ?? 0)
            throw .invalidUTF8(name: name, line: lineNumber(in: input, at: bad), byteOffset: bad)
        }
        return TextDocument(name: name, units: units, lines: lines, encoding: hasBOM ? .utf8WithBOM : .utf8)
    }

    /// Decodes the bytes of a Swift array; see ``decode(_:name:)-(UnsafeRawBufferPointer,_)``.
    public static func decode(_ bytes: [UInt8], name: String) throws(DocumentError) -> TextDocument {
        let result = bytes.withUnsafeBytes { raw -> Result<TextDocument, DocumentError> in
            do throws(DocumentError) { return .success(try decode(raw, name: name)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    private static func decodeUTF16(_ body: UnsafeBufferPointer<UInt8>, bigEndian: Bool,
                                    name: String) throws(DocumentError) -> TextDocument {
        guard body.count % 2 == 0 else { throw .invalidUTF16(name: name, byteOffset: body.count + 1) }
        let count = body.count / 2
        var units = [UInt16](repeating: 0, count: count)
        var pendingHighSurrogate = false
        for index in 0..<count {
            let first = UInt16(body[2 * index]), second = UInt16(body[2 * index + 1])
            let unit = bigEndian ? (first << 8 | second) : (second << 8 | first)
            let byteOffset = 2 + 2 * index
            if unit == 0 {
                throw .binaryContent(name: name, line: lineCount(units, upTo: index) + 1, byteOffset: byteOffset)
            }
            let isHigh = (0xD800...0xDBFF).contains(unit)
            let isLow = (0xDC00...0xDFFF).contains(unit)
            if pendingHighSurrogate != isLow { throw .invalidUTF16(name: name, byteOffset: byteOffset) }
            pendingHighSurrogate = isHigh
            units[index] = unit
        }
        if pendingHighSurrogate { throw .invalidUTF16(name: name, byteOffset: 2 + body.count) }
        return TextDocument(name: name, units: units,
                            encoding: bigEndian ? .utf16BigEndian : .utf16LittleEndian)
    }

    /// 1-based line of a byte offset, counting LF, CR and CR LF as one line end each.
    private static func lineNumber(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int {
        var line = 1
        var index = 0
        while index < offset {
            if bytes[index] == 0x0A || (bytes[index] == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
                line += 1
            }
            index += 1
        }
        return line
    }

    private static func lineCount(_ units: [UInt16], upTo end: Int) -> Int {
        var lines = 0
        for index in 0..<end where units[index] == 0x0A || (units[index] == 0x0D && (index + 1 >= end || units[index + 1] != 0x0A)) {
            lines += 1
        }
        return lines
    }

    /// The offset of the first byte that does not start or continue a well-formed UTF-8
    /// sequence (Unicode 15, table 3-7), or nil when all is well-formed. Only called after ICU
    /// has rejected the input, to say where.
    static func firstInvalidUTF8Offset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            let length: Int
            var secondRange: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0x00...0x7F: index += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; secondRange = 0xA0...0xBF
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; secondRange = 0x80...0x9F
            case 0xF0: length = 4; secondRange = 0x90...0xBF
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; secondRange = 0x80...0x8F
            default: return index
            }
            for continuation in 1..<length {
                let position = index + continuation
                guard position < count else { return index }
                let range = continuation == 1 ? secondRange : 0x80...0xBF
                guard range.contains(bytes[position]) else { return index }
            }
            index += length
        }
        return nil
    }
}

/// UTF-8 → UTF-16 and the line index in one pass over the bytes, noting line ends on the way;
/// most of the cost on a fresh array is the operating system handing out its memory (see
/// ``HugePages``). One thread: converting parts on two cores gained nothing measurable on this
/// two-core machine (`concord segment` of 124 MB of English, 0.63 s either way).
private enum UTF8Conversion {
    /// Line ends the converter notes per call.
    private static let lineEndBatch = 4096

    /// The UTF-16 of `bytes` and its lines, or nil when the bytes are not well-formed UTF-8.
    static func convert(_ bytes: UnsafeBufferPointer<UInt8>) -> (units: [UInt16], lines: LineIndex)? {
        guard !bytes.isEmpty else { return ([], LineIndex(starts: [0], contentEnds: [0], count: 0)) }
        var lines: LineIndex?
        let units = [UInt16](unsafeUninitializedCapacity: max(bytes.count, 1)) { buffer, count in
            HugePages.advise(buffer)
            guard let converted = convert(bytes, into: buffer.baseAddress) else {
                count = 0
                return
            }
            count = converted.length
            lines = LineIndex(starts: [0] + converted.nextStarts, contentEnds: converted.contentEnds + [converted.length],
                              count: converted.length)
        }
        return lines.map { (units, $0) }
    }

    /// Converts `bytes` into `destination`: the UTF-16 length, and the line ends (where each
    /// next line starts, and where each line's content ends); nil when the bytes are not
    /// well-formed UTF-8.
    private static func convert(_ bytes: UnsafeBufferPointer<UInt8>, into destination: UnsafeMutablePointer<UInt16>?)
        -> (length: Int, nextStarts: [Int], contentEnds: [Int])? {
        guard let source = bytes.baseAddress, let target = destination else { return nil }
        let count = bytes.count
        let batchEnds = UnsafeMutableBufferPointer<Int32>.allocate(capacity: Self.lineEndBatch)
        let batchStarts = UnsafeMutableBufferPointer<Int32>.allocate(capacity: Self.lineEndBatch)
        defer {
            batchEnds.deallocate()
            batchStarts.deallocate()
        }
        var nextStarts: [Int] = [], contentEnds: [Int] = []
        var read = 0, written = 0
        while true {
            var progress = ICUShimUTF8Progress()
            let status = icushim_utf8_to_utf16_lines(source + read, Int32(count - read), target + written,
                                                     batchEnds.baseAddress, batchStarts.baseAddress,
                                                     Int32(Self.lineEndBatch), &progress)
            guard status >= 0 else { return nil }
            let found = Int(progress.lineEndCount), offset = written
            contentEnds.append(contentsOf: batchEnds.prefix(found).lazy.map { offset + Int($0) })
            nextStarts.append(contentsOf: batchStarts.prefix(found).lazy.map { offset + Int($0) })
            read += Int(progress.bytesRead)
            written += Int(progress.unitsWritten)
            if status == 1 { break }
        }
        return (written, nextStarts, contentEnds)
    }
}
