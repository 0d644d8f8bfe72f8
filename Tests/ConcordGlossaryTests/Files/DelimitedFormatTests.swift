import Testing
@testable import ConcordGlossary

@Suite struct DelimitedFormatTests {
    @Test func csvQuotesWhatNeedsQuotingAndReadsItBack() throws {
        let fields = ["Tencent, Inc.", "他说：“微信”", "say \"hi\"", "two\nlines", " edge ", "plain"]
        let text = DelimitedFormat.csv.record(fields) + DelimitedFormat.csv.record(["b", "", "c", "", "", ""])
        #expect(text.hasPrefix("\"Tencent, Inc.\",他说：“微信”,\"say \"\"hi\"\"\",\"two\nlines\",\" edge \",plain\r\n"))
        let records = try DelimitedFormat.csv.records(text)
        #expect(records.map(\.fields) == [fields, ["b", "", "c", "", "", ""]])
        #expect(records.map(\.line) == [1, 3])
    }

    @Test func csvReportsTheLineOfAnUnclosedQuote() {
        #expect(throws: DelimitedSyntaxError(line: 2, reason: "a quoted field is never closed")) {
            try DelimitedFormat.csv.records("a,b\n\"Pompeo,x\ny\n")
        }
        #expect(throws: DelimitedSyntaxError.self) { try DelimitedFormat.csv.records("\"ab\"c,d\n") }
    }

    @Test func tsvEscapesTabsAndBreaksAndSkipsComments() throws {
        let fields = ["a\tb", "c\\d", "e\nf", "Pompéo"]
        let text = "# a comment\n" + DelimitedFormat.tsv.record(fields) + "\n"
        #expect(!DelimitedFormat.tsv.record(fields).dropLast().contains("\n"))
        let records = try DelimitedFormat.tsv.records(text)
        #expect(records.count == 1)
        #expect(records[0].fields == fields)
        #expect(records[0].line == 2)
    }
}
