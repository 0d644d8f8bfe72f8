import Testing
@testable import ConcordText
import TestSupport

@Suite struct TextDecoderTests {
    @Test func utf8WithAndWithoutBOMGiveTheSameText() throws {
        let plain = try TextDecoder.decode(Array("Pompeo a dit « non ».".utf8), name: "a.txt")
        let withBOM = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Pompeo a dit « non ».".utf8), name: "b.txt")
        #expect(plain.text == withBOM.text)
        #expect(plain.encoding == .utf8)
        #expect(withBOM.encoding == .utf8WithBOM)
    }

    @Test func utf16LittleAndBigEndianWithBOMAreDecoded() throws {
        let text = "字节跳动 TikTok 😀\n"
        let units = Array(text.utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let fromLittle = try TextDecoder.decode(little, name: "le.txt")
        let fromBig = try TextDecoder.decode(big, name: "be.txt")
        #expect(fromLittle.text == text)
        #expect(fromBig.text == text)
        #expect(fromLittle.encoding == .utf16LittleEndian)
        #expect(fromBig.encoding == .utf16BigEndian)
    }

    @Test func invalidUTF8NamesFileLineAndByteOffset() {
        var bytes = Array("first line\nsecond\r\nthird ".utf8)
        let badOffset = bytes.count
        bytes += [0xC3, 0x28] + Array(" rest".utf8)
        #expect(throws: DocumentError.invalidUTF8(name: "bad.txt", line: 3, byteOffset: badOffset)) {
            try TextDecoder.decode(bytes, name: "bad.txt")
        }
    }

    @Test func invalidUTF8AfterBOMCountsTheBOMBytes() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF, 0x41, 0xFF]
        #expect(throws: DocumentError.invalidUTF8(name: "x", line: 1, byteOffset: 4)) {
            try TextDecoder.decode(bytes, name: "x")
        }
    }

    @Test func overlongAndSurrogateEncodingsAreRejected() {
        let overlong: [UInt8] = [0xC0, 0xAF]
        #expect(overlong.withUnsafeBufferPointer { TextDecoder.firstInvalidUTF8Offset($0) } == 0)
        let surrogate: [UInt8] = [0x41, 0xED, 0xA0, 0x80]
        #expect(surrogate.withUnsafeBufferPointer { TextDecoder.firstInvalidUTF8Offset($0) } == 1)
        let truncated: [UInt8] = [0x41, 0x42, 0xE4, 0xB8]
        #expect(truncated.withUnsafeBufferPointer { TextDecoder.firstInvalidUTF8Offset($0) } == 2)
        let valid = Array("蓬佩奥 Pompéo 😀".utf8)
        #expect(valid.withUnsafeBufferPointer { TextDecoder.firstInvalidUTF8Offset($0) } == nil)
    }

    @Test func nulByteIsBinaryContent() {
        let bytes: [UInt8] = Array("line one\nline".utf8) + [0x00, 0x01, 0x02]
        #expect(throws: DocumentError.binaryContent(name: "b.bin", line: 2, byteOffset: 13)) {
            try TextDecoder.decode(bytes, name: "b.bin")
        }
    }

    @Test func pngHeaderIsBinaryNotText() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
        #expect(throws: DocumentError.binaryContent(name: "p.png", line: 3, byteOffset: 8)) {
            try TextDecoder.decode(png, name: "p.png")
        }
    }

    @Test func utf32IsRefusedByName() {
        #expect(throws: DocumentError.unsupportedEncoding(name: "w.txt", encoding: "UTF-32")) {
            try TextDecoder.decode([0xFF, 0xFE, 0x00, 0x00, 0x41, 0, 0, 0], name: "w.txt")
        }
    }

    @Test func malformedUTF16IsRefused() {
        #expect(throws: DocumentError.invalidUTF16(name: "o.txt", byteOffset: 4)) {
            try TextDecoder.decode([0xFF, 0xFE, 0x41, 0x00, 0x42], name: "o.txt")
        }
        // A low surrogate with no high surrogate before it.
        #expect(throws: DocumentError.invalidUTF16(name: "s.txt", byteOffset: 4)) {
            try TextDecoder.decode([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xDC], name: "s.txt")
        }
    }

    @Test func emptyInputIsAnEmptyDocument() throws {
        let document = try TextDecoder.decode([], name: "e.txt")
        #expect(document.units.isEmpty)
        #expect(document.isBlank)
        #expect(document.lines.count == 1)
    }

    @Test func errorsDescribeThemselvesOnOneLine() {
        let errors: [DocumentError] = [
            .notFound(path: "a"), .isDirectory(path: "b"), .invalidUTF8(name: "c", line: 2, byteOffset: 9),
            .binaryContent(name: "d", line: 1, byteOffset: 0), .empty(name: "e"),
        ]
        for error in errors {
            #expect(!error.description.contains("\n"))
        }
        #expect(DocumentError.invalidUTF8(name: "c.txt", line: 2, byteOffset: 9).description.hasPrefix("c.txt:2: invalid UTF-8 at byte offset 9"))
    }

    @Test func largeInputDecodedOnAllCoresEqualsTheText() throws {
        let line = "美国商务部禁止下载TikTok和微信 — « M. Pompeo » a réagi. 😀\n"
        let text = String(repeating: line, count: 40_000)
        let bytes = Array(text.utf8)
        #expect(bytes.count > 1 << 20)
        let document = try TextDecoder.decode(bytes, name: "big.txt")
        #expect(document.units == Array(text.utf16))
        #expect(document.lines.count == 40_000)
    }

    @Test func invalidUTF8LateInALargeInputIsFoundExactly() {
        var bytes = Array(String(repeating: "Le département du Commerce a interdit TikTok.\n", count: 40_000).utf8)
        let bad = bytes.count - 10
        bytes[bad] = 0xFF
        #expect(throws: DocumentError.invalidUTF8(name: "big.txt", line: 40_000, byteOffset: bad)) {
            try TextDecoder.decode(bytes, name: "big.txt")
        }
    }

    /// Byte strings that take every path of the UTF-8 decoder: ASCII runs shorter and longer than
    /// a machine word, each kind of line end, and the first and last of each sequence length.
    private static let wellFormedPieces: [[UInt8]] = [
        Array("a".utf8), Array("Le département ".utf8), Array("abcdefghijklmnopq".utf8), [0x0A], [0x0D],
        [0x0D, 0x0A], [0x09], [0x7F], [0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF],
        [0xEE, 0x80, 0x80], [0xEF, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
        Array("美国商务部😀 « M. »\u{202F}!".utf8),
    ]

    /// Byte strings that make UTF-8 ill-formed: stray continuations, overlong forms, surrogates,
    /// code points past U+10FFFF, truncated sequences.
    private static let illFormedPieces: [[UInt8]] = [
        [0x80], [0xBF], [0xC0, 0xAF], [0xC1, 0xBF], [0xC2], [0xC3, 0x28], [0xE0, 0x9F, 0x80], [0xED, 0xA0, 0x80],
        [0xE4, 0xB8], [0xF0, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF],
    ]

    /// Decoding gives the standard library's UTF-16 and the lines `LineIndex` finds in it, or,
    /// exactly when the standard library finds the bytes ill-formed, the first bad byte.
    private func expectDecodingAgreesWithTheStandardLibrary(_ bytes: [UInt8]) throws {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let bad = try #require(bytes.withUnsafeBufferPointer { TextDecoder.firstInvalidUTF8Offset($0) })
            #expect(throws: DocumentError.invalidUTF8(name: "r", line: lineNumber(in: bytes, at: bad), byteOffset: bad)) {
                try TextDecoder.decode(bytes, name: "r")
            }
            return
        }
        let document = try TextDecoder.decode(bytes, name: "r")
        #expect(document.units == Array(text.utf16))
        let lines = document.units.withUnsafeBufferPointer { LineIndex($0) }
        #expect(document.lines.starts == lines.starts)
        #expect(document.lines.contentEnds == lines.contentEnds)
    }

    /// The 1-based line of a byte offset; LF, CR and CR LF each end a line.
    private func lineNumber(in bytes: [UInt8], at offset: Int) -> Int {
        1 + (0..<offset).filter { bytes[$0] == 0x0A || (bytes[$0] == 0x0D && ($0 + 1 == bytes.count || bytes[$0 + 1] != 0x0A)) }.count
    }

    @Test func decodingAgreesWithTheStandardLibraryOnRandomText() throws {
        var generator = SplitMix(seed: 2024)
        for round in 0..<4_000 {
            // A leading letter, so that no byte-order mark is read.
            var bytes: [UInt8] = [0x78]
            for _ in 0..<generator.next() % 24 {
                bytes += Self.wellFormedPieces[Int(generator.next() % UInt64(Self.wellFormedPieces.count))]
            }
            if round % 2 == 0 {
                let bad = Self.illFormedPieces[Int(generator.next() % UInt64(Self.illFormedPieces.count))]
                bytes.insert(contentsOf: bad, at: 1 + Int(generator.next() % UInt64(bytes.count)))
            }
            try expectDecodingAgreesWithTheStandardLibrary(bytes)
        }
    }

    @Test func largeInputWithEveryKindOfLineEndIsDecodedOnAllCoresWithItsLines() throws {
        var generator = SplitMix(seed: 99)
        var bytes: [UInt8] = [0x78]
        while bytes.count < 3 << 19 {
            bytes += Self.wellFormedPieces[Int(generator.next() % UInt64(Self.wellFormedPieces.count))]
        }
        try expectDecodingAgreesWithTheStandardLibrary(bytes)
    }
}
