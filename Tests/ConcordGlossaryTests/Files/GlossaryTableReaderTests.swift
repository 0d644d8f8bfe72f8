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
}
