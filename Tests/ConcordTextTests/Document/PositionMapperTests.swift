import Testing
import ConcordText
import TestSupport

@Suite struct PositionMapperTests {
    private func positions(_ text: String, at needles: [String]) -> [TextPosition] {
        let document = TextDocument(name: "t", text: text)
        let mapper = document.positionMapper()
        let units = Array(text.utf16)
        return needles.map { needle in
            let pattern = Array(needle.utf16)
            let offset = (0...(units.count - pattern.count)).first { Array(units[$0..<$0 + pattern.count]) == pattern }!
            return mapper.position(at: offset)
        }
    }

    @Test func linesEndWithLFCRLFAndCR() {
        let found = positions("one\r\ntwo\rthree\nfour", at: ["one", "two", "three", "four"])
        #expect(found.map(\.line) == [1, 2, 3, 4])
        #expect(found.allSatisfy { $0.column == 1 })
    }

    @Test func columnsCountUserPerceivedCharacters() {
        // e + combining acute, a family emoji (7 scalars), a flag, then the target.
        let text = "Pompe\u{301}o 👨‍👩‍👧‍👦 🇫🇷 TikTok"
        let found = positions(text, at: ["TikTok"])
        #expect(found == [TextPosition(line: 1, column: 12)])
    }

    @Test func chineseCharactersAreOneColumnEach() {
        let found = positions("第一行\n美国商务部禁止TikTok下载。", at: ["TikTok", "下载"])
        #expect(found == [TextPosition(line: 2, column: 8), TextPosition(line: 2, column: 14)])
    }

    @Test func positionsAskedOutOfOrderAreStillRight() {
        let found = positions("alpha beta\ngamma delta\nepsilon", at: ["epsilon", "beta", "delta", "alpha"])
        #expect(found == [TextPosition(line: 3, column: 1), TextPosition(line: 1, column: 7),
                          TextPosition(line: 2, column: 7), TextPosition(line: 1, column: 1)])
    }

    @Test func bomIsNotAColumn() throws {
        let document = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Wang Yi".utf8), name: "b")
        #expect(document.positionMapper().position(at: 5) == TextPosition(line: 1, column: 6))
    }

    @Test func endOfDocumentIsJustPastTheLastCharacter() {
        let document = TextDocument(name: "t", text: "ab\ncd")
        #expect(document.positionMapper().position(at: 5) == TextPosition(line: 2, column: 3))
    }

    @Test func columnsAgreeWithTheStandardLibraryOnMixedScripts() {
        let pieces = ["美国", "。", "TikTok ", "é", "e\u{301}", "か\u{3099}", "가", "\u{1100}\u{1161}", "👨‍👩‍👧", "🇫🇷",
                      "«\u{202F}", "’", "\t", "ﾃ\u{FF9E}", "\u{300}", "ⅷ", "﹏", "a\u{20DD}"]
        var generator = SplitMix(seed: 5)
        for _ in 0..<500 {
            let text = (0..<generator.next() % 30).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            let document = TextDocument(name: "t", text: text)
            let end = document.positionMapper().position(at: document.units.count)
            #expect(end == TextPosition(line: 1, column: text.count + 1), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
