import Testing
import ConcordGlossary

@Suite struct GlossaryExporterTests {
    typealias F = GlossaryFixtures

    @Test(arguments: ExportFormat.allCases)
    func exportingTwiceOrFromAnotherOrderGivesTheSameBytes(format: ExportFormat) throws {
        let exporter = GlossaryExporter(format: format, languages: format == .omegat ? [F.en, F.zh] : [])
        var shuffled = F.sample
        shuffled.concepts.reverse()
        for index in shuffled.concepts.indices { shuffled.concepts[index].terms.reverse() }
        let first = try exporter.export(F.sample)
        #expect(!first.isEmpty)
        #expect(try exporter.export(F.sample) == first)
        #expect(try exporter.export(shuffled) == first)
    }

    @Test func languagesRestrictEveryFormat() throws {
        let tbx = try #require(XMLTree(try GlossaryExporter(format: .tbx, languages: [F.fr, F.zhHant]).export(F.sample)))
        let languages = Set(tbx.root.descendants.filter { $0.name == "langSec" }.compactMap { $0.attributes["xml:lang"] })
        #expect(languages == ["fr", "zh-Hant"])

        let json = try GlossaryExporter(format: .json, languages: [F.zh]).export(F.sample)
        #expect(json.contains("\"lang\": \"zh\""))
        #expect(!json.contains("\"lang\": \"en\""))
        #expect(!json.contains("\"id\": \"att\""), "a concept without a Chinese term is left out")
    }

    @Test func csvIsConcordsTableAndReadsBack() throws {
        let csv = try GlossaryExporter(format: .csv).export(F.sample)
        let records = try DelimitedFormat.csv.records(csv)
        #expect(records.first?.fields == ["concept", "type", "definition", "lang", "term", "status", "case", "source", "note"])
        #expect(records.count == 1 + F.sample.concepts.reduce(0) { $0 + $1.terms.count })
        let att = try #require(records.first { $0.fields[0] == "att" && $0.fields[3] == "en" })
        #expect(att.fields[2] == "US carrier <AT&T Inc.>, named in the \"Clean Carrier\" line.")
        #expect(att.fields[6] == "exact")
        var reader = GlossaryTableReader()
        reader.read(csv, path: "sample.csv", format: .csv)
        #expect(reader.problems.isEmpty)
        #expect(F.withoutLocations(Glossary(concepts: reader.concepts)) == F.withoutLocations(try GlossaryOrdering().ordered(F.sample)))
    }

    @Test func tsvIsTheTableOfGlossaries() throws {
        let tsv = try GlossaryExporter(format: .tsv).export(F.sample)
        #expect(tsv.hasPrefix("concept\ttype\tdefinition\tlang\tterm\tstatus\tcase\tsource\tnote\natt\torganization\t"))
    }

    @Test func omegaTNeedsExactlyTwoLanguages() {
        for languages in [[], [F.en], [F.en, F.en], [F.en, F.fr, F.zh]] {
            #expect(throws: GlossaryError.self) { try GlossaryExporter(format: .omegat, languages: languages).export(F.sample) }
        }
    }
}
