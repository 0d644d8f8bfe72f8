import Testing
import ConcordGlossary

@Suite struct TBXWriterTests {
    typealias F = GlossaryFixtures
    static let namespace = "urn:iso:std:iso:30042:ed-2"

    private func tree(_ glossary: Glossary) throws -> XMLTree {
        let text = try TBXWriter().document(try GlossaryOrdering().ordered(glossary))
        return try #require(XMLTree(text), "not well-formed XML:\n\(text)")
    }

    private func termSec(_ text: String, _ language: String, in tree: XMLTree) throws -> XMLTree.Element {
        let langSecs = tree.root.descendants.filter { $0.name == "langSec" && $0.attributes["xml:lang"] == language }
        return try #require(langSecs.flatMap { $0.children("termSec") }.first { $0.child("term")?.text == text })
    }

    @Test func rootIsTBXBasicDCAInTheTBX3Namespace() throws {
        let tree = try tree(F.sample)
        #expect(tree.root.name == "tbx")
        #expect(tree.root.namespace == Self.namespace)
        #expect(tree.root.attributes["type"] == "TBX-Basic")
        #expect(tree.root.attributes["style"] == "dca")
        #expect(tree.root.attributes["xml:lang"] == "en")
        #expect(tree.root.child("tbxHeader")?.child("fileDesc")?.child("sourceDesc")?.child("p") != nil)
        let entries = tree.root.child("text")?.child("body")?.children("conceptEntry") ?? []
        #expect(entries.map { $0.attributes["id"] } == ["att", "bytedance", "cfius", "clean-network", "mike-pompeo", "tiktok"])
        #expect(tree.root.descendants.allSatisfy { $0.namespace == Self.namespace })
    }

    @Test func conceptCarriesDefinitionAndTypeBeforeItsLanguages() throws {
        let tree = try tree(F.sample)
        let entry = try #require(tree.root.descendants.first { $0.attributes["id"] == "mike-pompeo" })
        #expect(entry.children.map(\.name) == ["descrip", "note", "langSec", "langSec", "langSec", "langSec"])
        #expect(entry.child("descrip")?.attributes["type"] == "definition")
        #expect(entry.child("descrip")?.text == "US Secretary of State (2018–2021).")
        #expect(entry.child("note")?.text == "concept type: person")
        #expect(entry.children("langSec").map { $0.attributes["xml:lang"] } == ["en", "fr", "zh", "zh-Hant"])
        let cfius = try #require(tree.root.descendants.first { $0.attributes["id"] == "cfius" })
        #expect(cfius.child("descrip") == nil, "an empty definition is left out")
    }

    @Test func termNotesComeBeforeSourceAndNotes() throws {
        let tree = try tree(F.sample)
        let att = try termSec("AT&T", "en", in: tree)
        #expect(att.children.map(\.name) == ["term", "termNote", "termNote", "termNote", "admin", "note", "note"])
        #expect(att.children("termNote").map { $0.attributes["type"] } == ["administrativeStatus", "partOfSpeech", "termType"])
        #expect(att.children("termNote").map(\.text) == ["preferredTerm-admn-sts", "noun", "fullForm"])
        #expect(att.child("admin")?.attributes["type"] == "source")
        #expect(att.child("admin")?.text == "Reuters & AP")
        #expect(att.children("note").map(\.text) == ["case-sensitive", "never \"AT and T\" or <ATT>"])
    }

    @Test func statusesMapToTheTBXBasicPicklist() throws {
        let tree = try tree(F.sample)
        func status(_ text: String, _ language: String) throws -> String? {
            try termSec(text, language, in: tree).children("termNote").first { $0.attributes["type"] == "administrativeStatus" }?.text
        }
        #expect(try status("Mike Pompeo", "en") == "preferredTerm-admn-sts")
        #expect(try status("Pompeo", "en") == "admittedTerm-admn-sts")
        #expect(try status("Bytedance", "en") == "deprecatedTerm-admn-sts")
        #expect(try status("Pompio", "en") == "deprecatedTerm-admn-sts")
        #expect(try termSec("Pompio", "en", in: tree).children("note").map(\.text) == ["known misspelling"])
        #expect(try termSec("Bytedance", "en", in: tree).children("note").map(\.text) == ["older spelling"])
        #expect(try status("蓬佩奧", "zh-Hant") == "preferredTerm-admn-sts")
    }

    @Test func capitalAcronymsAreAcronymsAndOtherTermsFullForms() throws {
        let tree = try tree(F.sample)
        func termType(_ text: String, _ language: String) throws -> String? {
            try termSec(text, language, in: tree).children("termNote").first { $0.attributes["type"] == "termType" }?.text
        }
        #expect(try termType("CFIUS", "en") == "acronym")
        #expect(try termType("CFIUS", "fr") == "acronym")
        #expect(try termType("ByteDance", "en") == "fullForm")
        #expect(try termType("TikTok", "en") == "fullForm")
        #expect(try termType("AT&T", "en") == "fullForm")
        #expect(try termType("字节跳动", "zh") == "fullForm")
    }

    @Test func specialCharactersAreEscapedAndReadBackExactly() throws {
        let text = try TBXWriter().document(F.sample)
        #expect(text.contains("<term>AT&amp;T</term>"))
        #expect(text.contains("US carrier &lt;AT&amp;T Inc.&gt;, named in the &quot;Clean Carrier&quot; line."))
        #expect(!text.contains("<ATT>"))
        let tree = try #require(XMLTree(text))
        let entry = try #require(tree.root.descendants.first { $0.attributes["id"] == "att" })
        #expect(entry.child("descrip")?.text == "US carrier <AT&T Inc.>, named in the \"Clean Carrier\" line.")
        #expect(try termSec("« Clean Network »", "fr", in: tree).child("term") != nil)
    }

    @Test func carriageReturnsSurviveLineEndNormalisation() throws {
        let glossary = Glossary(concepts: [Concept(id: "wechat", type: .product, definition: "Tencent's messaging app.\r\nBanned in September 2020.", terms: [
            Term("WeChat", language: F.en, status: .preferred, note: "line one\nline two"),
        ])])
        let text = try TBXWriter().document(glossary)
        #expect(text.contains("app.&#xD;\nBanned"))
        let tree = try #require(XMLTree(text))
        #expect(tree.root.descendants.first { $0.name == "descrip" }?.text == "Tencent's messaging app.\r\nBanned in September 2020.")
        #expect(tree.root.descendants.first { $0.name == "note" && $0.text.hasPrefix("line") }?.text == "line one\nline two")
    }

    @Test func controlCharactersXMLCannotHoldAreRefusedWithTheirPlace() throws {
        let location = SourceLocation(path: "Glossaries/apps.tsv", line: 12)
        let glossary = Glossary(concepts: [Concept(id: "wechat", type: .product, terms: [
            Term("We\u{7}Chat", language: F.en, status: .preferred, location: location),
            Term("微信", language: F.zh, status: .preferred, note: "ok\u{FFFF}"),
        ])])
        let error = try #require(throws: GlossaryError.self) { try TBXWriter().document(glossary) }
        #expect(error.problems.count == 2)
        #expect(error.problems[0].location == location)
        #expect(error.problems[0].message.contains("U+0007"))
        #expect(error.problems[0].message.contains("'We\u{7}Chat'"))
        #expect(error.problems[1].message.contains("U+FFFF"))
        #expect(error.problems[1].message.contains("the note of term '微信'"))
    }

    @Test func idsThatAreNotXMLNamesOrRepeatAreRefused() {
        let term = Term("TikTok", language: F.en, status: .preferred)
        let glossary = Glossary(concepts: [
            Concept(id: "1tiktok", type: .product, terms: [term]),
            Concept(id: "tiktok", type: .product, terms: [term]),
            Concept(id: "tiktok", type: .product, terms: [term]),
        ])
        #expect {
            try TBXWriter().document(glossary)
        } throws: { error in
            let messages = (error as? GlossaryError)?.problems.map(\.message) ?? []
            return messages.count == 2 && messages[0].contains("'1tiktok' is not an XML name") && messages[1].contains("used twice")
        }
    }

    @Test func anEmptyGlossaryIsStillAWellFormedTBXFile() throws {
        let text = try TBXWriter().document(Glossary())
        let tree = try #require(XMLTree(text))
        #expect(tree.root.child("text")?.children.isEmpty == true)
        #expect(text.hasSuffix("</tbx>\n"))
    }
}
