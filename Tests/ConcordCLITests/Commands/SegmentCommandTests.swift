import Foundation
import Testing

@Suite struct SegmentCommandTests {
    @Test func segmentsAChineseSampleIntoItsLines() throws {
        let article = ScratchFolder.samples.appendingPathComponent("commerce-ban/zh.txt").path
        let expected = try String(contentsOf: ScratchFolder.samples.appendingPathComponent("commerce-ban/zh.lines.txt"), encoding: .utf8)
        let result = try ConcordProcess.run(["segment", article])
        #expect(result.status == 0)
        #expect(result.standardError.isEmpty)
        #expect(result.standardOutput == expected)
    }

    @Test func jsonLinesCarryPositionsAndParseAsJSON() throws {
        let scratch = try ScratchFolder()
        let path = try scratch.file("fr.txt", "Titre\r\n\r\nM. Pompeo a parlé. « Fin. »\r\n")
        let result = try ConcordProcess.run(["segment", "--format", "jsonl", "--lang", "fr", path])
        #expect(result.status == 0)
        let objects = try result.standardOutput.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        try #require(objects.count == 3)
        #expect(objects.map { $0["text"] as? String } == ["Titre", "M. Pompeo a parlé.", "« Fin. »"])
        #expect(objects.map { $0["language"] as? String } == ["fr", "fr", "fr"])
        #expect(objects[2]["start_line"] as? Int == 3)
        #expect(objects[2]["start_column"] as? Int == 20)
        #expect(objects[2]["end_column"] as? Int == 28)
        #expect(objects.map { $0["index"] as? Int } == [0, 1, 2])
    }

    @Test func readsUTF16WithBOMFromStandardInput() throws {
        let text = "美国商务部宣布禁令。字节跳动表示失望。"
        let bytes: [UInt8] = [0xFF, 0xFE] + Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let result = try ConcordProcess.run(["segment", "-"], input: Data(bytes))
        #expect(result.status == 0)
        #expect(result.standardOutput == "美国商务部宣布禁令。\n字节跳动表示失望。\n")
    }

    @Test func presegmentedKeepsLines() throws {
        let scratch = try ScratchFolder()
        let path = try scratch.file("p.txt", "One. Two.\nThree.\n")
        let result = try ConcordProcess.run(["segment", "--presegmented", "--lang", "en", path])
        #expect(result.standardOutput == "One. Two.\nThree.\n")
    }

    @Test func invalidUTF8IsOneLineNamingFileLineAndOffset() throws {
        let scratch = try ScratchFolder()
        let path = try scratch.file("bad.txt", Array("Good line.\nBad ".utf8) + [0xE9] + Array("t\u{E9}.\n".utf8))
        let result = try ConcordProcess.run(["segment", path])
        #expect(result.status == 65)
        #expect(result.standardOutput.isEmpty)
        #expect(result.errorLines.count == 1)
        #expect(result.standardError.contains("\(path):2: invalid UTF-8 at byte offset 15"))
    }

    @Test(arguments: [
        ("binary", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00] as [UInt8], Int32(65), "binary content"),
        ("empty", [], 65, "the file is empty"),
        ("utf32", [0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00], 65, "UTF-32 is not supported"),
        ("russian", Array("Министерство торговли запретило приложение.".utf8), 65, "pass --lang"),
    ])
    func badInputIsOneClearLine(name: String, bytes: [UInt8], status: Int32, message: String) throws {
        let scratch = try ScratchFolder()
        let path = try scratch.file(name, bytes)
        let result = try ConcordProcess.run(["segment", path])
        #expect(result.status == status)
        #expect(result.errorLines.count == 1)
        #expect(result.standardError.hasPrefix("concord: error: \(path)"))
        #expect(result.standardError.contains(message))
    }

    @Test func missingFileAndDirectoryAreNoInput() throws {
        let scratch = try ScratchFolder()
        let missing = try ConcordProcess.run(["segment", scratch.url.appendingPathComponent("nope.txt").path])
        #expect(missing.status == 66)
        #expect(missing.standardError.contains("no such file"))
        let directory = try ConcordProcess.run(["segment", scratch.url.path])
        #expect(directory.status == 66)
        #expect(directory.standardError.contains("is a directory"))
        #expect(directory.errorLines.count == 1)
    }

    @Test func unknownLanguageIsAUsageError() throws {
        let article = ScratchFolder.samples.appendingPathComponent("commerce-ban/en.txt").path
        let result = try ConcordProcess.run(["segment", "--lang", "klingon", article])
        #expect(result.status == 64)
        #expect(result.standardError.contains("klingon"))
        #expect(result.standardOutput.isEmpty)
    }

    @Test func outputFileIsWrittenAndNotOverwrittenWithoutForce() throws {
        let scratch = try ScratchFolder()
        let input = try scratch.file("in.txt", "First sentence here. Second one there.")
        let output = scratch.url.appendingPathComponent("out.txt").path
        let first = try ConcordProcess.run(["segment", "--lang", "en", input, "--output", output])
        #expect(first.status == 0)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "First sentence here.\nSecond one there.\n")

        try "keep me".write(toFile: output, atomically: true, encoding: .utf8)
        let refused = try ConcordProcess.run(["segment", "--lang", "en", input, "--output", output])
        #expect(refused.status == 73)
        #expect(refused.standardError.contains("--force"))
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "keep me")

        let forced = try ConcordProcess.run(["segment", "--lang", "en", input, "--output", output, "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "First sentence here.\nSecond one there.\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func failedRunWritesNoOutputFile() throws {
        let scratch = try ScratchFolder()
        let input = try scratch.file("bad.txt", [0x41, 0xFF])
        let output = scratch.url.appendingPathComponent("out.txt").path
        let result = try ConcordProcess.run(["segment", input, "--output", output])
        #expect(result.status == 65)
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func hugeLineIsHandled() throws {
        let scratch = try ScratchFolder()
        let sentence = "Le département du Commerce a interdit TikTok le 20 septembre 2020. "
        let path = try scratch.file("huge.txt", String(repeating: sentence, count: 50_000))
        let result = try ConcordProcess.run(["segment", path])
        #expect(result.status == 0)
        #expect(result.standardOutput.split(separator: "\n").count == 50_000)
    }

    @Test func versionAndHelpWithExamples() throws {
        let version = try ConcordProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.standardOutput.hasPrefix("concord 0."))
        #expect(version.standardOutput.contains("ICU"))
        let help = try ConcordProcess.run(["segment", "--help"])
        #expect(help.status == 0)
        #expect(help.standardOutput.contains("Examples:"))
        #expect(help.standardOutput.contains("concord segment"))
    }
}
