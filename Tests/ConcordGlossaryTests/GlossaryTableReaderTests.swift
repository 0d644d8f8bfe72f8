import Testing
import ConcordGlossary

@Suite struct GlossaryTableReaderTests {
    @Test func crlfLinesAndSpacesAroundCellsAreRead() {
        var reader = GlossaryTableReader()
        reader.read("concept\ttype\tlang\tterm\tstatus\r\n wang-yi \tperson\t zh \t王毅\tpreferred\r\nwang-yi\t\ten\t Wang Yi\u{3000}\t preferred\r\n",
                    path: "g.tsv", format: .tsv)
        #expect(reader.concepts.map(\.id) == ["wang-yi"])
        #expect(reader.concepts.first?.terms.map(\.text) == ["王毅", "Wang Yi"])
        #expect(reader.concepts.first?.terms.map(\.language.tag) == ["zh", "en"])
        #expect(reader.problems.map(\.description) == ["g.tsv:3: warning: term 'Wang Yi' has spaces around it; they are ignored"])
    }

    @Test func aLineBreakInsideATermIsAnError() {
        var reader = GlossaryTableReader()
        reader.read("concept\ttype\tlang\tterm\tstatus\nbytedance\torganization\ten\tByte\\nDance\tpreferred\nbytedance\t\tfr\tByte\u{2028}Dance\tpreferred\n",
                    path: "g.tsv", format: .tsv)
        #expect(reader.problems.map(\.description) == [
            "g.tsv:2: error: term 'Byte\nDance' holds a tab or a line break",
            "g.tsv:3: error: term 'Byte\u{2028}Dance' holds a tab or a line break",
        ])
    }

    @Test func traditionalCharactersTaggedSimplifiedAreReported() {
        let zh = LanguageTag(.chinese), zhHant = LanguageTag("zh-Hant")!
        let glossary = Glossary(concepts: [
            Concept(id: "bytedance", type: .organization, terms: [
                Term("字节跳动", language: zh, status: .preferred),
                Term("字節跳動", language: zhHant, status: .preferred),
            ]),
            Concept(id: "pompeo", type: .person, terms: [Term("蓬佩奧", language: zh, status: .preferred)]),
        ])
        #expect(GlossaryValidator().problems(in: glossary).map(\.message) == [
            "term '蓬佩奧' is tagged 'zh' (Simplified) but has Traditional characters (Simplified: '蓬佩奥'); tag it zh-Hant",
        ])
    }
}
