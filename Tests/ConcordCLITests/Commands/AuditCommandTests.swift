import Foundation
import Testing

@Suite struct AuditCommandTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let glossary = repository.appendingPathComponent("Glossaries").path

    /// `concord audit --glossary <repo>/Glossaries …`.
    static func audit(_ arguments: [String], in folder: URL? = nil) throws -> ConcordProcess.Result {
        try ConcordProcess.run(["audit", "--glossary", glossary] + arguments, currentDirectory: folder)
    }

    /// `file:line:column` of the planted variants that Samples/README.md lists for `file`
    /// (`noisy/en-mt.txt`), with the `Samples/` prefix.
    static func planted(in file: String) throws -> Set<String> {
        let readme = try String(contentsOf: repository.appendingPathComponent("Samples/README.md"), encoding: .utf8)
        var planted = Set<String>()
        for line in readme.split(separator: "\n") where line.hasPrefix("| `\(file)`") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count > 2, cells[1].wholeMatch(of: /[0-9]+:[0-9]+/) != nil else { continue }
            planted.insert("Samples/\(file):\(cells[1])")
        }
        return planted
    }

    /// `file:line:column` of a text report line, or nil when the line is not in compiler form.
    static func position(ofReportLine line: Substring) -> String? {
        guard let match = line.prefixMatch(of: #/(.+):([0-9]+):([0-9]+): (?:warning|note): /#) else { return nil }
        return "\(match.1):\(match.2):\(match.3)"
    }

    static func jsonObjects(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not a JSON object: \(line)")
        }
    }

    // MARK: - Reports

    @Test func noisyEnglishSampleReportsExactlyThePlantedVariants() throws {
        let expected = try Self.planted(in: "noisy/en-mt.txt")
        #expect(expected.count == 8)
        let result = try Self.audit(["Samples/noisy/en-mt.txt"], in: Self.repository)
        #expect(result.status == 1)
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.count == 8)
        #expect(lines.allSatisfy { $0.hasPrefix("Samples/noisy/en-mt.txt:") && Self.position(ofReportLine: $0) != nil }, "\(lines)")
        #expect(lines.allSatisfy { $0.contains(": warning: ") })
        #expect(Set(lines.compactMap(Self.position(ofReportLine:))) == expected)
        #expect(lines.contains("Samples/noisy/en-mt.txt:9:239: warning: 'Pompio' is a known misspelling of 'Pompeo' (person: Mike Pompeo) [known-misspelling, 0.97: listed in the glossary as a misspelling (seed 003)]"))
        #expect(lines.contains { $0.hasPrefix("Samples/noisy/en-mt.txt:13:472: warning: 'P\u{43E}mpeo' mixes scripts") && $0.contains("[homoglyph, ") })
        #expect(lines.contains { $0.hasPrefix("Samples/noisy/en-mt.txt:13:289: warning: '赵立坚' is left untranslated; write 'Zhao Lijian'") })
        #expect(result.errorLines.count == 1)
        #expect(result.errorLines.first?.wholeMatch(of: /concord: 1 file, [0-9]+ concepts: 8 findings/) != nil, "\(result.standardError)")
    }

    /// The second run reads the glossary's index from the cache and says the same, warnings
    /// included; `--no-index-cache` neither reads nor writes it.
    @Test func aCachedIndexGivesTheSameReport() throws {
        let scratch = try ScratchFolder()
        let glossary = scratch.url.appendingPathComponent("names.tsv").path
        try "concept\ttype\tlang\tterm\tstatus\nmike-pompeo\tperson\ten\tMike Pompeo\tpreferred\nmike-pompeo\tperson\ten\tPompeo\tadmitted\nwang-yi\tperson\ten\tWang Yi\tadmitted\n"
            .write(toFile: glossary, atomically: true, encoding: .utf8)
        let cache = scratch.url.appendingPathComponent("cache")
        let arguments = ["audit", "--glossary", glossary, "Samples/noisy/en-mt.txt"]
        let first = try ConcordProcess.run(arguments, currentDirectory: Self.repository, environment: ["CONCORD_INDEX_CACHE": cache.path])
        let second = try ConcordProcess.run(arguments, currentDirectory: Self.repository, environment: ["CONCORD_INDEX_CACHE": cache.path])
        #expect(first.status == 1 && second.status == 1)
        #expect(first.standardOutput.contains("'Pompio' looks like a misspelling of 'Pompeo'"), "\(first.standardOutput)")
        #expect(second.standardOutput == first.standardOutput)
        #expect(second.standardError == first.standardError)
        #expect(first.errorLines.first == "concord: warning: \(glossary):4: concept 'wang-yi' has no preferred term in 'en'", "\(first.standardError)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasSuffix(".index") }.count == 1)

        let unused = scratch.url.appendingPathComponent("unused")
        let uncached = try ConcordProcess.run(arguments + ["--no-index-cache"], currentDirectory: Self.repository, environment: ["CONCORD_INDEX_CACHE": unused.path])
        #expect(uncached.standardOutput == first.standardOutput)
        #expect(!FileManager.default.fileExists(atPath: unused.path))
    }

    @Test func cleanArticlesGiveNoFindingsAndExitZero() throws {
        let result = try Self.audit(["Samples/commerce-ban/en.txt", "Samples/commerce-ban/fr.txt", "Samples/commerce-ban/zh.txt"], in: Self.repository)
        #expect(result.status == 0)
        #expect(result.standardOutput.isEmpty, "\(result.standardOutput)")
        #expect(result.errorLines.count == 1)
        #expect(result.errorLines.first?.wholeMatch(of: /concord: 3 files, [0-9]+ concepts: 0 findings/) != nil, "\(result.standardError)")
    }

    @Test func jsonLinesCarryEveryFieldOfAFinding() throws {
        let result = try Self.audit(["--format", "jsonl", "Samples/noisy/en-mt.txt", "Samples/noisy/fr-mt.txt"], in: Self.repository)
        #expect(result.status == 1)
        let objects = try Self.jsonObjects(result.standardOutput)
        #expect(objects.count == 13)
        let kinds: Set<String> = ["known-misspelling", "deprecated", "near-miss", "split", "joined", "duplicated", "case", "diacritic",
                                  "homoglyph", "untranslated", "wrong-chinese-form", "inconsistent", "missing-translation"]
        for object in objects {
            for key in ["file", "found", "expected", "concept", "kind"] {
                #expect((object[key] as? String).map { !$0.isEmpty } == true, "\(key) in \(object)")
            }
            #expect((object["line"] as? Int).map { $0 >= 1 } == true, "\(object)")
            #expect((object["column"] as? Int).map { $0 >= 1 } == true, "\(object)")
            let confidence = try #require(object["confidence"] as? Double, "\(object)")
            #expect((0...1).contains(confidence) && confidence > 0 && confidence < 1, "\(object)")
            let evidence = try #require(object["evidence"] as? [Any], "\(object)")
            #expect(!evidence.isEmpty && evidence.allSatisfy { $0 is String }, "\(object)")
            #expect(kinds.contains(object["kind"] as? String ?? ""), "\(object)")
            #expect(object["found"] as? String != object["expected"] as? String)
        }
        let positions = Set(objects.map { "\($0["file"] as? String ?? ""):\($0["line"] as? Int ?? 0):\($0["column"] as? Int ?? 0)" })
        let planted = try Self.planted(in: "noisy/en-mt.txt").union(try Self.planted(in: "noisy/fr-mt.txt"))
        #expect(planted.count == 13)
        #expect(positions == planted)
        let pompio = try #require(objects.first { $0["found"] as? String == "Pompio" })
        #expect(pompio["expected"] as? String == "Pompeo")
        #expect(pompio["concept"] as? String == "mike-pompeo")
        #expect(pompio["kind"] as? String == "known-misspelling")
    }

    /// The checks every SARIF log must pass; each region's UTF-16 columns must cut the snippet
    /// out of the file's line. Returns the results.
    @discardableResult
    static func checkSARIF(_ data: Data, filesIn folder: URL) throws -> [[String: Any]] {
        let log = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        #expect((log["$schema"] as? String)?.contains("sarif") == true)
        let runs = try #require(log["runs"] as? [[String: Any]])
        try #require(runs.count == 1)
        #expect(runs[0]["columnKind"] as? String == "utf16CodeUnits")
        let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "concord")
        #expect((driver["version"] as? String)?.isEmpty == false)
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let ruleIDs = rules.compactMap { $0["id"] as? String }
        #expect(ruleIDs.count == rules.count && Set(ruleIDs).count == rules.count && !rules.isEmpty)
        let results = try #require(runs[0]["results"] as? [[String: Any]])
        for result in results {
            let ruleID = try #require(result["ruleId"] as? String)
            let ruleIndex = try #require(result["ruleIndex"] as? Int)
            #expect(ruleIDs.indices.contains(ruleIndex) && ruleIDs[ruleIndex] == ruleID, "\(ruleID) at \(ruleIndex)")
            #expect(["warning", "note"].contains(result["level"] as? String ?? ""))
            #expect(((result["message"] as? [String: Any])?["text"] as? String)?.isEmpty == false)
            let physical = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            let uri = try #require((physical["artifactLocation"] as? [String: Any])?["uri"] as? String)
            let region = try #require(physical["region"] as? [String: Any])
            let startLine = try #require(region["startLine"] as? Int)
            let startColumn = try #require(region["startColumn"] as? Int)
            let endColumn = try #require(region["endColumn"] as? Int)
            #expect(startLine >= 1 && startColumn >= 1 && endColumn > startColumn)
            // The region, read back from the file the URI names, is the form found.
            let path = try #require(uri.hasPrefix("file://") ? String(uri.dropFirst(7)).removingPercentEncoding
                                                              : folder.appendingPathComponent(uri.removingPercentEncoding ?? uri).path)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let line = Array(text.split(separator: "\n", omittingEmptySubsequences: false)[startLine - 1].utf16)
            let cut = String(decoding: line[(startColumn - 1)..<(endColumn - 1)], as: UTF16.self)
            #expect(cut == (region["snippet"] as? [String: Any])?["text"] as? String, "\(uri):\(startLine):\(startColumn)")
            if let fix = (result["fixes"] as? [[String: Any]])?.first {
                let replacement = (((fix["artifactChanges"] as? [[String: Any]])?.first?["replacements"] as? [[String: Any]])?.first)
                #expect((replacement?["insertedContent"] as? [String: Any])?["text"] as? String
                        == (result["properties"] as? [String: Any])?["expected"] as? String)
            }
        }
        return results
    }

    @Test func sarifNamesFilesAsPercentEncodedURIs() throws {
        let scratch = try ScratchFolder()
        let name = "notes \u{E9} 1.txt"
        _ = try scratch.file(name, "Secretary Pompio met the heads of ByteDance in Washington on Monday.\n")
        let absolute = try scratch.file("absolute.txt", "On Tuesday, BydeDance answered the Commerce Department.\n")
        let result = try Self.audit(["--format", "sarif", "--lang", "en", name, absolute], in: scratch.url)
        #expect(result.status == 1)
        let results = try Self.checkSARIF(Data(result.standardOutput.utf8), filesIn: scratch.url)
        let uris = results.map { (($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]).flatMap { ($0["artifactLocation"] as? [String: Any])?["uri"] as? String } }
        #expect(uris == ["notes%20%C3%A9%201.txt", "file://" + absolute])
        #expect(results.map { $0["ruleId"] as? String } == ["known-misspelling", "known-misspelling"])
        let region = (((results.first?["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any])
        #expect(region?["startLine"] as? Int == 1)
        #expect(region?["startColumn"] as? Int == 11)
    }

    @Test func sarifOfTheNoisySamplesIsWrittenForCI() throws {
        // Left in the temporary folder on purpose, for a SARIF validator to read in CI.
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("concord-audit-noisy.sarif")
        let result = try Self.audit(["--format", "sarif", "--output", output.path, "--force",
                                     "Samples/noisy/en-mt.txt", "Samples/noisy/fr-mt.txt"], in: Self.repository)
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        let results = try Self.checkSARIF(try Data(contentsOf: output), filesIn: Self.repository)
        #expect(results.count == 13)
        let uris = Set(results.compactMap { (($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]).flatMap { ($0["artifactLocation"] as? [String: Any])?["uri"] as? String } })
        #expect(uris == ["Samples/noisy/en-mt.txt", "Samples/noisy/fr-mt.txt"])
    }

    // MARK: - Fixing

    @Test func fixRewritesSureFindingsKeepsTheEncodingAndLeavesNotesAlone() throws {
        let scratch = try ScratchFolder()
        let english = """
            Secretary of State Mike Pompeo spoke on Monday. Pompio said BydeDance must sell its app.
            Walmart and Oracle agreed; Walmart will hold a stake, and Wal-Mart staff cheered. Later P\u{43E}mpeo left.

            """
        let englishPath = try scratch.file("en.txt", english)
        let wide = "Été 2020 👩‍👩‍👧: Pompio met BydeDance; Walmart, Walmart and Wal-Mart agreed.\r\n"
        func utf16LE(_ text: String) -> [UInt8] { [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } }
        let widePath = try scratch.file("wide.txt", utf16LE(wide))
        let before = try [englishPath, widePath].map { try Data(contentsOf: URL(fileURLWithPath: $0)) }

        let report = try Self.audit(["--lang", "en", "en.txt", "wide.txt"], in: scratch.url)
        #expect(report.status == 1)
        #expect(report.standardOutput.split(separator: "\n").count == 7)
        #expect(try [englishPath, widePath].map { try Data(contentsOf: URL(fileURLWithPath: $0)) } == before, "without --fix nothing changes")

        let fixed = try Self.audit(["--lang", "en", "--fix", "en.txt", "wide.txt"], in: scratch.url)
        #expect(fixed.status == 1, "findings were found, even if fixed")
        #expect(fixed.standardOutput == report.standardOutput)
        #expect(fixed.errorLines.dropLast().map(String.init) == [
            "concord: fixed en.txt:1:49: 'Pompio' → 'Pompeo'",
            "concord: fixed en.txt:1:61: 'BydeDance' → 'ByteDance'",
            "concord: fixed en.txt:2:89: 'P\u{43E}mpeo' → 'Pompeo'",
            "concord: fixed wide.txt:1:13: 'Pompio' → 'Pompeo'",
            "concord: fixed wide.txt:1:24: 'BydeDance' → 'ByteDance'",
        ])
        #expect(fixed.errorLines.last?.wholeMatch(of: /concord: 2 files, [0-9]+ concepts: 7 findings, 5 fixed/) != nil, "\(fixed.standardError)")
        #expect(try String(contentsOfFile: englishPath, encoding: .utf8) == """
            Secretary of State Mike Pompeo spoke on Monday. Pompeo said ByteDance must sell its app.
            Walmart and Oracle agreed; Walmart will hold a stake, and Wal-Mart staff cheered. Later Pompeo left.

            """)
        let wideBytes = Array(try Data(contentsOf: URL(fileURLWithPath: widePath)))
        #expect(wideBytes.prefix(2) == [0xFF, 0xFE])
        #expect(wideBytes == utf16LE("Été 2020 👩‍👩‍👧: Pompeo met ByteDance; Walmart, Walmart and Wal-Mart agreed.\r\n"))

        // What is left are the notes --fix must not touch.
        let again = try Self.audit(["--lang", "en", "en.txt", "wide.txt"], in: scratch.url)
        #expect(again.standardOutput.split(separator: "\n").map { $0.prefix(while: { $0 != "'" }) } == ["en.txt:2:59: note: ", "wide.txt:1:56: note: "])
        #expect(again.standardOutput.split(separator: "\n").allSatisfy { $0.contains("'Wal-Mart' is spelled differently") && $0.contains("[inconsistent, 0.65") })
    }

    @Test func fixWritesThroughALinkAndKeepsThePermissions() throws {
        let scratch = try ScratchFolder()
        let target = try scratch.file("private.txt", "Secretary Pompio met the heads of BydeDance on Monday.\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target)
        let link = scratch.url.appendingPathComponent("link.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "private.txt")

        let result = try Self.audit(["--lang", "en", "--fix", link])
        #expect(result.status == 1)
        #expect(result.errorLines.count == 3)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "private.txt", "the link stays a link")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "Secretary Pompeo met the heads of ByteDance on Monday.\n")
        let permissions = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? NSNumber
        #expect(permissions?.intValue == 0o600)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).sorted()
        #expect(leftovers == ["link.txt", "private.txt"])
    }

    /// French puts a narrow no-break space (U+202F) before `;`, `?` and `!`. ICU's word
    /// break rules glue it to the word before (Word_Break=ExtendNumLet); the audit must leave
    /// it out of the name, or `--fix` would delete it.
    @Test func frenchNarrowNoBreakSpaceStaysOutsideAFinding() throws {
        let scratch = try ScratchFolder()
        let path = try scratch.file("fr.txt", "M. Mike Pompeo a parlé de Pompio\u{202F}; il a revu Pompeo\u{202F}! Puis Pompeo est parti.\n")
        let result = try Self.audit(["--lang", "fr", "--fix", "fr.txt"], in: scratch.url)
        #expect(result.status == 1)
        #expect(result.standardOutput.split(separator: "\n").count == 1, "\(result.standardOutput)")
        #expect(result.errorLines.first == "concord: fixed fr.txt:1:27: 'Pompio' → 'Pompeo'")
        let after = try String(contentsOfFile: path, encoding: .utf8)
        #expect(after == "M. Mike Pompeo a parlé de Pompeo\u{202F}; il a revu Pompeo\u{202F}! Puis Pompeo est parti.\n")
    }

    // MARK: - Output file

    @Test func outputIsWrittenWholeAndNeverReplacedWithoutForce() throws {
        let scratch = try ScratchFolder()
        let output = scratch.url.appendingPathComponent("report.txt").path
        let noisy = Self.repository.appendingPathComponent("Samples/noisy/fr-mt.txt").path

        let written = try Self.audit(["--output", output, noisy])
        #expect(written.status == 1)
        #expect(written.standardOutput.isEmpty)
        let report = try String(contentsOfFile: output, encoding: .utf8)
        #expect(report.split(separator: "\n").count == 5)
        #expect(report.split(separator: "\n").allSatisfy { $0.hasPrefix("\(noisy):") })
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["report.txt"], "no temporary file is left")

        let refused = try Self.audit(["--format", "jsonl", "--output", output, noisy])
        #expect(refused.status == 73)
        #expect(refused.standardOutput.isEmpty)
        #expect(refused.errorLines == ["concord: error: \(output): cannot write: file exists (use --force to replace it)"])
        #expect(try String(contentsOfFile: output, encoding: .utf8) == report)

        let forced = try Self.audit(["--format", "jsonl", "--output", output, "--force", noisy])
        #expect(forced.status == 1)
        let objects = try Self.jsonObjects(try String(contentsOfFile: output, encoding: .utf8))
        #expect(objects.count == 5)
        #expect(objects.allSatisfy { $0["file"] as? String == noisy })
    }

    // MARK: - Failures

    struct BadInput: Sendable, CustomTestStringConvertible {
        let name: String
        let status: Int32
        var testDescription: String { name }
    }

    @Test(arguments: [
        BadInput(name: "missing file", status: 66), BadInput(name: "directory", status: 66),
        BadInput(name: "invalid UTF-8", status: 65), BadInput(name: "binary", status: 65), BadInput(name: "empty file", status: 65),
        BadInput(name: "malformed glossary row", status: 65), BadInput(name: "not a glossary", status: 65),
    ])
    func badInputIsOneErrorLine(_ input: BadInput) throws {
        let scratch = try ScratchFolder()
        let text = try scratch.file("en.txt", "Secretary Pompio met the heads of ByteDance on Monday.\n")
        // A one-concept glossary: these runs are about the input, and it loads faster.
        var glossary = try scratch.file("apps.tsv", """
            concept\ttype\tdefinition\tlang\tterm\tstatus
            mike-pompeo\tperson\tUS Secretary of State.\ten\tMike Pompeo\tpreferred
            mike-pompeo\t\t\ten\tPompio\tmisspelling

            """)
        let file: String, message: String
        switch input.name {
        case "missing file":
            file = scratch.url.appendingPathComponent("nope.txt").path
            message = "\(file): no such file"
        case "directory":
            file = scratch.url.path
            message = "\(file): is a directory"
        case "invalid UTF-8":
            file = try scratch.file("bad.txt", Array("Pompeo spoke.\nPompio r".utf8) + [0xE9] + Array("pondit.\n".utf8))
            message = "\(file):2: invalid UTF-8"
        case "binary":
            file = try scratch.file("binary.txt", Array("Pompio".utf8) + [0x00, 0x01, 0x02, 0x00] + Array("TikTok".utf8))
            message = "\(file):1: binary content"
        case "empty file":
            file = try scratch.file("empty.txt", [])
            message = "\(file): the file is empty"
        case "malformed glossary row":
            let folder = scratch.url.appendingPathComponent("glossary")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data("""
                concept\ttype\tdefinition\tlang\tterm\tstatus
                mike-pompeo\tperson\tUS Secretary of State.\ten\tMike Pompeo\tpreferred
                mike-pompeo\t\ten\tPompio\tmisspelling

                """.utf8).write(to: folder.appendingPathComponent("apps.tsv"))
            glossary = folder.path
            file = text
            message = "\(folder.path)/apps.tsv:3: expected 6 tab-separated cells, found 5"
        default:
            glossary = text
            file = text
            message = "\(text):1: unknown column 'Secretary Pompio met the heads of ByteDance on Monday.' in the header"
        }
        let result = try ConcordProcess.run(["audit", "--glossary", glossary, "--lang", "en", file])
        #expect(result.status == input.status)
        #expect(result.standardOutput.isEmpty)
        #expect(result.errorLines.count == 1, "\(result.standardError)")
        #expect(result.standardError.hasPrefix("concord: error: \(message)"), "\(result.standardError)")
    }

    @Test(arguments: [
        ["--lang", "xx", "en.txt"], ["--min-confidence", "2", "en.txt"], ["--min-confidence", "-0.1", "en.txt"],
        [], ["--fix", "-"], ["--force", "en.txt"], ["--format", "xml", "en.txt"],
    ])
    func usageErrorsExitWith64(_ arguments: [String]) throws {
        let scratch = try ScratchFolder()
        _ = try scratch.file("en.txt", "Secretary Pompio met the heads of ByteDance on Monday.\n")
        let result = try Self.audit(arguments, in: scratch.url)
        #expect(result.status == 64)
        #expect(result.standardOutput.isEmpty)
        #expect(result.errorLines.count == 1, "\(result.standardError)")
        #expect(result.standardError.hasPrefix("concord: error: "), "\(result.standardError)")
        #expect(result.standardError.hasSuffix("(see 'concord audit --help')\n"), "\(result.standardError)")
    }

    @Test func withoutAGlossaryHereTheErrorNamesTheOption() throws {
        let scratch = try ScratchFolder()
        _ = try scratch.file("en.txt", "Secretary Pompio met the heads of ByteDance on Monday.\n")
        let result = try ConcordProcess.run(["audit", "en.txt"], currentDirectory: scratch.url)
        #expect(result.status == 65)
        #expect(result.standardOutput.isEmpty)
        #expect(result.errorLines == ["concord: error: no glossary given and no ./Glossaries folder here; use --glossary PATH"])
    }

    // MARK: - Chinese and French

    @Test func chineseAndFrenchFormsGetTheirOwnKinds() throws {
        let scratch = try ScratchFolder()
        _ = try scratch.file("zh.txt", "美国国务卿庞培奥周三表示，字节跳动必须在九十天内出售TikTok的美国业务。蓬佩奥还说，这关系到国家安全。\n")
        _ = try scratch.file("fr.txt", "Le secrétaire d’État Pompéo a présenté le programme Clean Network et demandé à ByteDance de vendre TikTok.\n")

        let chinese = try Self.audit(["--lang", "zh", "--format", "jsonl", "zh.txt"], in: scratch.url)
        #expect(chinese.status == 1)
        let zh = try Self.jsonObjects(chinese.standardOutput)
        try #require(zh.count == 1, "\(chinese.standardOutput)")
        #expect(zh[0]["found"] as? String == "庞培奥")
        #expect(zh[0]["expected"] as? String == "蓬佩奥")
        #expect(zh[0]["kind"] as? String == "wrong-chinese-form")
        #expect(zh[0]["concept"] as? String == "mike-pompeo")
        #expect(zh[0]["line"] as? Int == 1 && zh[0]["column"] as? Int == 6)
        #expect((zh[0]["evidence"] as? [String])?.contains("'蓬佩奥' elsewhere in the document") == true)

        let french = try Self.audit(["--lang", "fr", "fr.txt"], in: scratch.url)
        #expect(french.status == 1)
        #expect(french.standardOutput == "fr.txt:1:22: warning: 'Pompéo' has wrong accents for 'Pompeo' (person: Mike Pompeo) [diacritic, 0.88: 'Pompeo' with different accents]\n")
    }

    // MARK: - Pairs

    @Test func pairReportsTheNameATranslationLeavesOut() throws {
        // The Chinese version drops the sentence on the ruling's effect (gold en-zh: [37]:[]),
        // so WeChat, named there, has no counterpart.
        let result = try Self.audit(["--pair", "Samples/commerce-ban/en.txt", "Samples/commerce-ban/zh.txt"], in: Self.repository)
        #expect(result.status == 1)
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("Samples/commerce-ban/en.txt:17:411: note: 'WeChat' has no counterpart in the aligned target segment; expected 'WeChat'") == true)
        let faithful = try Self.audit(["--pair", "Samples/data-security/en.txt", "Samples/data-security/fr.txt"], in: Self.repository)
        #expect(faithful.status == 0, "\(faithful.standardOutput)")
    }

    @Test func pairNeedsTwoFilesAndDetectsTheirLanguages() throws {
        let three = try Self.audit(["--pair", "Samples/commerce-ban/en.txt", "Samples/commerce-ban/fr.txt", "Samples/commerce-ban/zh.txt"], in: Self.repository)
        #expect(three.status == 64)
        let fixedLanguage = try Self.audit(["--pair", "--lang", "en", "Samples/commerce-ban/en.txt", "Samples/commerce-ban/fr.txt"], in: Self.repository)
        #expect(fixedLanguage.status == 64)
        #expect(fixedLanguage.standardOutput.isEmpty)
    }

    // MARK: - Discover

    @Test func discoverWritesNewNamesAsAGlossaryThatImportReads() throws {
        let scratch = try ScratchFolder()
        _ = try scratch.file("a.txt", "Ada Lindqvist met Bruno Carvalho on Monday. Ada Lindqvist and Bruno Carvalho agreed.\n")
        _ = try scratch.file("b.txt", "Later Ada Lindqvst, as a paper spelt it, left. Mike Pompeo spoke.\n")
        let result = try ConcordProcess.run(["glossary", "discover", "--glossary", Self.glossary, "--lang", "en", "--output", "new.tsv", "a.txt", "b.txt"],
                                            currentDirectory: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.errorLines.last == "concord: 2 files: 2 names not in the glossary, 1 with several spellings")
        let table = try String(contentsOf: scratch.url.appendingPathComponent("new.tsv"), encoding: .utf8)
        #expect(table.contains("new-ada-lindqvist\tother\t"))
        #expect(table.contains("\ten\tAda Lindqvst\tadmitted\tb.txt:1:7\tseen 1 time; a variant of 'Ada Lindqvist'?"))
        #expect(!table.contains("Pompeo"))
        let imported = try ConcordProcess.run(["glossary", "import", "new.tsv", "--output", "again.tsv"], currentDirectory: scratch.url)
        #expect(imported.status == 0, "\(imported.standardError)")
    }
}
