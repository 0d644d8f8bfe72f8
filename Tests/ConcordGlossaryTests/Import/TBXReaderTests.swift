import Testing
import ConcordGlossary

@Suite struct TBXReaderTests {
    typealias F = GlossaryFixtures

    private static func tbx(_ body: String, root: String = #"<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">"#) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        \(root)
          <tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
          <text>
            <body>
        \(body)
            </body>
          </text>
        </tbx>
        """
    }

    private static func errors(_ problems: [GlossaryProblem]) -> [GlossaryProblem] { problems.filter { $0.severity == .error } }

    @Test func writtenGlossaryReadsBackUnchanged() throws {
        let ordered = try GlossaryOrdering().ordered(F.sample)
        let (concepts, problems) = TBXReader().read(try TBXWriter().document(ordered), path: "sample.tbx")
        #expect(problems.isEmpty)
        #expect(F.withoutLocations(Glossary(concepts: concepts)) == F.withoutLocations(ordered))
    }

    @Test func shippedGlossaryGoesToTBXAndBackWithoutLoss() throws {
        let shipped = try GlossaryLoader.load(paths: [F.shippedGlossaryPath])
        let ordered = try GlossaryOrdering().ordered(shipped)
        let first = try TBXWriter().document(ordered)
        let (concepts, problems) = TBXReader().read(first, path: "apps.tbx")
        #expect(problems.isEmpty)
        let imported = Glossary(concepts: concepts)
        #expect(imported.concepts.count == shipped.concepts.count)
        #expect(Array(imported.terms).count == Array(shipped.terms).count)
        #expect(F.withoutLocations(imported) == F.withoutLocations(ordered))
        let statuses = Set(imported.concepts.flatMap { $0.terms.map(\.status) })
        #expect(statuses == Set(TermStatus.allCases), "the shipped glossary uses every status")
        #expect(try TBXWriter().document(try GlossaryOrdering().ordered(imported)) == first)
    }

    @Test func termsAndConceptsKeepTheirLines() throws {
        let text = try TBXWriter().document(try GlossaryOrdering().ordered(F.sample))
        let (concepts, _) = TBXReader().read(text, path: "sample.tbx")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let pompio = try #require(concepts.flatMap(\.terms).first { $0.text == "Pompio" }?.location)
        #expect(pompio.path == "sample.tbx")
        #expect(lines[pompio.line - 1].contains("<termSec>"))
        #expect(lines[pompio.line].contains("<term>Pompio</term>"))
        let entry = try #require(concepts.first { $0.id == "tiktok" }?.location)
        #expect(lines[entry.line - 1].contains(#"<conceptEntry id="tiktok">"#))
    }

    @Test func otherToolsFilesAreReadForWhatConcordCanHold() throws {
        let text = Self.tbx("""
              <conceptEntry id="c-wechat">
                <descrip type="subjectField">software</descrip>
                <transacGrp><transac type="transactionType">origination</transac><date>2020-09-18</date></transacGrp>
                <langSec xml:lang="en">
                  <descrip type="definition">Tencent's <hi type="italics">super app</hi>.</descrip>
                  <termSec>
                    <term>WeChat</term>
                    <termNote type="termType">fullForm</termNote>
                    <descrip type="context">WeChat was banned.</descrip>
                  </termSec>
                  <termSec>
                    <term>Weixin</term>
                    <termNoteGrp><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote><note>about the status</note></termNoteGrp>
                    <admin type="source">Tencent</admin>
                    <note><![CDATA[pinyin of 微信 <sic>]]></note>
                  </termSec>
                </langSec>
                <langSec xml:lang="zh-Hans">
                  <termSec><term> 微信 </term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
                </langSec>
              </conceptEntry>
            """)
        let (concepts, problems) = TBXReader().read(text, path: "other.tbx")
        #expect(Self.errors(problems).isEmpty)
        let concept = try #require(concepts.first)
        #expect(concept.id == "c-wechat")
        #expect(concept.type == .other)
        #expect(concept.definition == "Tencent's super app.")
        #expect(concept.terms.map(\.text) == ["WeChat", "Weixin", "微信"])
        #expect(concept.terms.map(\.status) == [.admitted, .deprecated, .preferred])
        #expect(concept.terms.map(\.language.tag) == ["en", "en", "zh"])
        #expect(concept.terms[1].source == "Tencent")
        #expect(concept.terms[1].note == "pinyin of 微信 <sic>")
        let warnings = problems.map(\.message)
        #expect(warnings.contains { $0.contains(#"<descrip type="subjectField">"#) })
        #expect(warnings.contains { $0.contains("<transacGrp>") })
        #expect(warnings.contains { $0.contains(#"<descrip type="context">"#) })
        #expect(warnings.contains { $0.contains("a term has no administrativeStatus") })
        #expect(warnings.contains { $0.contains("no 'concept type: …' note") })
        #expect(!warnings.contains { $0.contains("termType") }, "termType is Concord's own and needs no warning")
    }

    @Test func misspellingNeedsBothDeprecatedStatusAndItsNote() throws {
        let text = Self.tbx("""
              <conceptEntry id="mike-pompeo">
                <note>concept type: person</note>
                <langSec xml:lang="en">
                  <termSec><term>Mike Pompeo</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote><note>case-sensitive</note></termSec>
                  <termSec><term>Pompio</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote><note>known misspelling</note></termSec>
                  <termSec><term>Pompeo</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote><note>known misspelling</note></termSec>
                </langSec>
              </conceptEntry>
            """)
        let (concepts, problems) = TBXReader().read(text, path: "p.tbx")
        #expect(problems.isEmpty)
        let terms = try #require(concepts.first?.terms)
        #expect(terms.map(\.status) == [.preferred, .misspelling, .admitted])
        #expect(terms.map(\.isCaseSensitive) == [true, false, false])
        #expect(terms.map(\.note) == ["", "", "known misspelling"])
        #expect(concepts.first?.type == .person)
    }

    @Test func contentErrorsAreAllReportedWithTheirLines() {
        let text = Self.tbx("""
              <conceptEntry id="tiktok">
                <note>concept type: app</note>
                <langSec xml:lang="klingon">
                  <termSec><term>TikTok</term></termSec>
                </langSec>
                <langSec xml:lang="en">
                  <termSec><term>TikTok</term><termNote type="administrativeStatus">bestTerm</termNote></termSec>
                </langSec>
              </conceptEntry>
              <conceptEntry id="tiktok">
                <langSec xml:lang="fr"><termSec><term>TikTok</term></termSec></langSec>
              </conceptEntry>
              <conceptEntry id="9-bytedance">
                <langSec xml:lang="zh"><termSec><term>字节跳动</term></termSec></langSec>
              </conceptEntry>
            """)
        let (concepts, problems) = TBXReader().read(text, path: "bad.tbx")
        let errors = Self.errors(problems).map(\.description)
        #expect(concepts.map(\.id) == ["tiktok"])
        #expect(errors == [
            "bad.tbx:7: error: unknown concept type 'app' (one of: person, organization, product, place, program, other)",
            "bad.tbx:8: error: unknown language 'klingon' in xml:lang (use a BCP 47 tag such as en, fr, zh, zh-Hant)",
            "bad.tbx:12: error: unknown administrativeStatus 'bestTerm' (TBX-Basic: preferredTerm-admn-sts, admittedTerm-admn-sts, deprecatedTerm-admn-sts, supersededTerm-admn-sts)",
            "bad.tbx:15: error: duplicate concept id 'tiktok' (first at line 6)",
            "bad.tbx:18: error: concept id '9-bytedance' must start with an ASCII letter and hold only letters, digits, '-', '_' and '.'",
        ])
    }

    @Test(arguments: [
        ("xxe", """
            <?xml version="1.0"?>
            <!DOCTYPE tbx [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
            <tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="a"><langSec xml:lang="en"><termSec><term>&xxe;</term></termSec></langSec></conceptEntry></body></text></tbx>
            """, 2, "refusing a DOCTYPE declaration"),
        ("billion laughs", """
            <?xml version="1.0"?>

            <!DOCTYPE lolz [
             <!ENTITY lol "lol">
             <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
             <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
            ]>
            <tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="a"><langSec xml:lang="en"><termSec><term>&lol3;</term></termSec></langSec></conceptEntry></body></text></tbx>
            """, 3, "refusing a DOCTYPE declaration"),
        ("external DTD", """
            <!doctype tbx SYSTEM "http://example.com/tbx.dtd">
            <tbx xmlns="urn:iso:std:iso:30042:ed-2"/>
            """, 1, "refusing a DOCTYPE declaration"),
        ("stray entity declaration", """
            <tbx xmlns="urn:iso:std:iso:30042:ed-2">
            <!ENTITY a "b">
            </tbx>
            """, 2, "refusing an ENTITY declaration"),
        ("undeclared entity", """
            <tbx xmlns="urn:iso:std:iso:30042:ed-2">
              <text><body><conceptEntry id="a"><langSec xml:lang="en"><termSec><term>&xxe;</term></termSec></langSec></conceptEntry></body></text>
            </tbx>
            """, 2, "unknown entity '&xxe;'"),
    ])
    func declarationsAndEntitiesAreRefused(name: String, text: String, line: Int, message: String) {
        let (concepts, problems) = TBXReader().read(text, path: "\(name).tbx")
        #expect(concepts.isEmpty)
        #expect(problems.count == 1)
        #expect(problems.first?.severity == .error)
        #expect(problems.first?.location == SourceLocation(path: "\(name).tbx", line: line))
        #expect(problems.first?.message.contains(message) == true, "\(problems)")
        #expect(problems.first?.message.contains("root") != true)
    }

    @Test(arguments: [
        ("martif", """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX" xml:lang="en">
              <text><body><termEntry id="c1"><langSet xml:lang="en"><tig><term>TikTok</term></tig></langSet></termEntry></body></text>
            </martif>
            """, 2, "this is a TBX v2 file (root <martif>)"),
        ("no namespace", #"<tbx type="TBX-Basic" style="dca" xml:lang="en"><text/></tbx>"#, 1, "<tbx> is in no namespace; TBX v3 uses namespace urn:iso:std:iso:30042:ed-2"),
        ("wrong namespace", "\n<tbx xmlns=\"urn:iso:std:iso:30042:ed-1\"><text/></tbx>", 2, "<tbx> is in namespace 'urn:iso:std:iso:30042:ed-1'"),
        ("not tbx", #"<tmx version="1.4"><body/></tmx>"#, 1, "not a TBX file: the root element is <tmx>"),
        ("dct", #"<tbx type="TBX-Basic" style="dct" xmlns="urn:iso:std:iso:30042:ed-2"><text/></tbx>"#, 1, "DCT style"),
        ("mismatched tag", "<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\">\n<text>\n<body></text>\n</tbx>", 3, "malformed XML: an end tag that does not match its start tag"),
        ("bare ampersand", "<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\">\n<text><body><conceptEntry id=\"att\"><langSec xml:lang=\"en\"><termSec><term>AT&T</term></termSec></langSec></conceptEntry></body></text></tbx>", 2, "malformed XML"),
        ("truncated", "<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\">\n<text>", 2, "malformed XML"),
        ("empty", "", 1, "no XML element found"),
    ])
    func wrongDocumentsGetOneClearError(name: String, text: String, line: Int, message: String) {
        let (concepts, problems) = TBXReader().read(text, path: "\(name).tbx")
        #expect(concepts.isEmpty)
        #expect(problems.map(\.severity) == [.error])
        #expect(problems.first?.location?.line == line)
        #expect(problems.first?.message.contains(message) == true, "\(problems)")
    }

    @Test func theDeclaredEncodingIsSetAsideForDecodedText() throws {
        let body = #"<conceptEntry id="tiktok"><langSec xml:lang="zh"><termSec><term>抖音</term></termSec></langSec></conceptEntry>"#
        let utf16 = Self.tbx(body).replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
        let (concepts, problems) = TBXReader().read(utf16, path: "utf16.tbx")
        #expect(Self.errors(problems).isEmpty)
        #expect(concepts.first?.terms.first?.text == "抖音")
        #expect(concepts.first?.terms.first?.location?.line == 6, "line numbers still count the declaration's line")

        let latin1 = Self.tbx(body).replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"ISO-8859-1\"")
        let refused = TBXReader().read(latin1, path: "latin1.tbx")
        #expect(refused.problems.map(\.message) == ["the XML declaration names the encoding 'ISO-8859-1'; Concord reads TBX files in UTF-8 or UTF-16 only (convert the file)"])
    }
}
