import Foundation
import Testing

@Suite struct GlossaryCommandTests {
    static let shipped = ScratchFolder.samples.deletingLastPathComponent()
        .appendingPathComponent("Glossaries/us-china-apps-2020.tsv").path

    static let sampleTable = """
        concept\ttype\tdefinition\tlang\tterm\tstatus\tcase\tsource\tnote
        mike-pompeo\tperson\tUS Secretary of State (2018–2021).\ten\tMike Pompeo\tpreferred\t\t\t
        mike-pompeo\t\t\ten\tPompio\tmisspelling\t\tseed 003\t
        mike-pompeo\t\t\tzh\t蓬佩奥\tpreferred\t\t\t
        mike-pompeo\t\t\tzh-Hant\t蓬佩奧\tpreferred\t\t\t
        att\torganization\tUS carrier <AT&T Inc.>.\ten\tAT&T\tpreferred\texact\t\tnever "AT and T"
        att\t\t\tfr\tAT&T\tpreferred\texact\t\t

        """

    @Test func exportsTheShippedGlossaryAsTBXAndImportsItBackIdentically() throws {
        let scratch = try ScratchFolder()
        let tbx = scratch.url.appendingPathComponent("apps.tbx").path
        let tsv = scratch.url.appendingPathComponent("apps.tsv").path

        let export = try ConcordProcess.run(["glossary", "export", "--format", "tbx", "--glossary", Self.shipped, "--output", tbx])
        #expect(export.status == 0)
        #expect(export.standardOutput.isEmpty)
        let first = try String(contentsOfFile: tbx, encoding: .utf8)
        #expect(first.components(separatedBy: "<conceptEntry ").count - 1 == 135)

        let imported = try ConcordProcess.run(["glossary", "import", tbx, "--output", tsv])
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(imported.errorLines == ["concord: \(tbx): imported 135 concepts, 830 terms (en, fr, zh, zh-Hant)"])

        let again = try ConcordProcess.run(["glossary", "export", "--format", "tbx", "--glossary", tsv])
        #expect(again.status == 0)
        #expect(again.standardOutput == first)

        let originalTable = try ConcordProcess.run(["glossary", "export", "--format", "tsv", "--glossary", Self.shipped])
        let importedTable = try ConcordProcess.run(["glossary", "export", "--format", "tsv", "--glossary", tsv])
        #expect(originalTable.standardOutput == importedTable.standardOutput)
    }

    @Test func outputIsNeverReplacedWithoutForce() throws {
        let scratch = try ScratchFolder()
        let table = try scratch.file("apps.tsv", Self.sampleTable)
        let output = try scratch.file("out.json", "keep me")
        let refused = try ConcordProcess.run(["glossary", "export", "--format", "json", "--glossary", table, "--output", output])
        #expect(refused.status == 73)
        #expect(refused.errorLines.count == 1)
        #expect(refused.standardError.contains("file exists (use --force to replace it)"))
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "keep me")

        let forced = try ConcordProcess.run(["glossary", "export", "--format", "json", "--glossary", table, "--output", output, "--force"])
        #expect(forced.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [[String: Any]]
        #expect(json?.map { $0["id"] as? String } == ["att", "mike-pompeo"])
    }

    @Test func langsRestrictAndOmegaTGetsOnePair() throws {
        let scratch = try ScratchFolder()
        let table = try scratch.file("apps.tsv", Self.sampleTable)
        let omegat = try ConcordProcess.run(["glossary", "export", "--format", "omegat", "--langs", "en,zh-Hant", "--glossary", table])
        #expect(omegat.status == 0)
        let lines = omegat.standardOutput.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.last == "Mike Pompeo\t蓬佩奧\tperson: US Secretary of State (2018–2021).")

        let csv = try ConcordProcess.run(["glossary", "export", "--format", "csv", "--langs", "fr", "--glossary", table])
        #expect(csv.standardOutput == "concept,type,definition,lang,term,status,case,note\r\natt,organization,US carrier <AT&T Inc.>.,fr,AT&T,preferred,exact,\r\n")
    }

    @Test(arguments: [
        (["--format", "omegat", "--langs", "en"], Int32(64), "'--format omegat' needs '--langs' with two languages"),
        (["--format", "omegat"], 64, "'--format omegat' needs '--langs' with two languages"),
        (["--langs", "en,klingon"], 64, "'--langs': unknown language 'klingon'"),
        (["--langs", "en,EN"], 64, "'--langs': 'EN' is given twice"),
        (["--format", "pdf"], 64, "pdf"),
        (["--langs", "de"], 65, "no term is in de (the glossary has en, fr, zh, zh-Hant)"),
    ])
    func badExportRequestsFailClearly(arguments: [String], status: Int32, message: String) throws {
        let scratch = try ScratchFolder()
        let table = try scratch.file("apps.tsv", Self.sampleTable)
        let result = try ConcordProcess.run(["glossary", "export", "--glossary", table] + arguments)
        #expect(result.status == status)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains(message), "\(result.standardError)")
    }

    @Test func importRefusesAnXXEFileAndWritesNothing() throws {
        let scratch = try ScratchFolder()
        let evil = try scratch.file("evil.tbx", """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE tbx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
              <text><body><conceptEntry id="a"><langSec xml:lang="en"><termSec><term>&xxe;</term></termSec></langSec></conceptEntry></body></text>
            </tbx>
            """)
        let output = scratch.url.appendingPathComponent("out.tsv").path
        let result = try ConcordProcess.run(["glossary", "import", evil, "--output", output])
        #expect(result.status == 65)
        #expect(result.standardOutput.isEmpty)
        #expect(result.errorLines.count == 2)
        #expect(result.errorLines.first?.hasPrefix("concord: \(evil):2: error: refusing a DOCTYPE declaration") == true)
        #expect(result.errorLines.last == "concord: error: \(evil): 1 error; nothing imported")
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(!result.standardError.contains("root:"), "nothing of /etc/passwd may show")
    }

    @Test func importListsEveryProblemWithItsLine() throws {
        let scratch = try ScratchFolder()
        let table = try scratch.file("terms.csv", "concept,type,lang,term,status\ntiktok,product,en,TikTok,best\ntiktok,,klingon,TikTok,preferred\nwechat,product,en, WeChat ,preferred\n")
        let result = try ConcordProcess.run(["glossary", "import", table])
        #expect(result.status == 65)
        #expect(result.standardOutput.isEmpty)
        #expect(result.errorLines == [
            "concord: \(table):2: error: bad status 'best' (one of: preferred, admitted, deprecated, misspelling)",
            "concord: \(table):3: error: unknown language 'klingon' (use a BCP 47 tag such as en, fr, zh, zh-Hant)",
            "concord: \(table):4: warning: term 'WeChat' has spaces around it; they are ignored",
            "concord: error: \(table): 2 errors; nothing imported",
        ])
    }

    @Test(arguments: [
        ("v2.tbx", "<?xml version=\"1.0\"?>\n<martif type=\"TBX\" xml:lang=\"en\"><text><body/></text></martif>\n", "v2.tbx:2: error: this is a TBX v2 file (root <martif>)"),
        ("ns.tbx", "<tbx xmlns=\"urn:example:tbx\"><text/></tbx>", "ns.tbx:1: error: <tbx> is in namespace 'urn:example:tbx'"),
    ])
    func importRefusesOtherTBXVersions(name: String, text: String, message: String) throws {
        let scratch = try ScratchFolder()
        let path = try scratch.file(name, text)
        let result = try ConcordProcess.run(["glossary", "import", path])
        #expect(result.status == 65)
        #expect(result.errorLines.first?.contains(message) == true, "\(result.standardError)")
    }

    @Test func importTakesTheFormatFromTheExtensionOrTheOption() throws {
        let scratch = try ScratchFolder()
        let tbx = try ConcordProcess.run(["glossary", "export", "--format", "tbx", "--glossary", try scratch.file("apps.tsv", Self.sampleTable)])
        let xml = try scratch.file("apps.xml", tbx.standardOutput)
        let unknown = try ConcordProcess.run(["glossary", "import", xml])
        #expect(unknown.status == 64)
        #expect(unknown.standardError.contains("cannot tell the format of '\(xml)' from its extension"))

        let imported = try ConcordProcess.run(["glossary", "import", xml, "--format", "tbx"])
        #expect(imported.status == 0)
        #expect(imported.standardOutput.hasPrefix("concept\ttype\tdefinition\tlang\tterm\tstatus\tcase\tsource\tnote\n"))
        #expect(imported.standardOutput.contains("att\torganization\tUS carrier <AT&T Inc.>.\ten\tAT&T\tpreferred\texact\t\tnever \"AT and T\"\n"))

        let missing = try ConcordProcess.run(["glossary", "import", scratch.url.appendingPathComponent("nope.tbx").path])
        #expect(missing.status == 66)
    }
}
