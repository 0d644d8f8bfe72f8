import ConcordGlossary
import ConcordText
import Testing
@testable import ConcordAudit

@Suite struct NameDiscovererTests {
    private let english = """
        On Monday, Zhang Yiming met Mr. Pompeo in Washington. Zhang Yiming said little.
        Later, Yiming Zhang wrote to the Chinese staff; Zhang Yimming, as one paper spelt it, stayed on.
        In September, Kevin Mayer left. Kevin Mayer had run the company since May. Wang answered him, and Wang left.
        """
    private let french = "Le fondateur Zhang Yiming a rencontré Kevin Mayer. Selon Kevin Mayer, rien n'est décidé."

    private func groups() throws -> [NameDiscoverer.Group] {
        let documents = [(TextDocument(name: "en.txt", text: english), Language.english),
                         (TextDocument(name: "fr.txt", text: french), Language.french)]
        return try NameDiscoverer(auditor: AuditFixtures.auditor()).discover(documents)
    }

    @Test func spellingsOfOneNameFormOneGroupWithCountsAndLocations() throws {
        let found = try groups()
        let zhang = try #require(found.first { $0.forms.contains { $0.text == "Zhang Yiming" } })
        #expect(Set(zhang.forms.map(\.text)) == ["Zhang Yiming", "Yiming Zhang", "Zhang Yimming"])
        #expect(zhang.total == 5)
        #expect(zhang.forms.first?.text == "Zhang Yiming")
        #expect(zhang.forms.first?.example == "en.txt:1:12")
        let mayer = try #require(found.first { $0.forms.contains { $0.text == "Kevin Mayer" } })
        #expect(mayer.forms.map(\.language.tag).sorted() == ["en", "fr"])
        #expect(mayer.total == 4)
    }

    @Test func glossaryNamesDaysMonthsTitlesAndAdjectivesAreLeftOut() throws {
        let texts = try groups().flatMap { $0.forms.map(\.text) }
        for word in ["Pompeo", "Mr", "Monday", "September", "May", "Chinese", "On Monday", "Washington", "Selon", "Later", "Wang"] {
            #expect(!texts.contains(word), "\(word) in \(texts)")
        }
    }

    @Test func theGroupsReadBackAsAValidGlossary() throws {
        let glossary = NameDiscoverer.glossary(of: try groups())
        let table = GlossaryTableWriter(format: .tsv).table(glossary)
        var reader = GlossaryTableReader()
        reader.read(table, path: "new.tsv", format: .tsv)
        let problems = reader.problems + GlossaryValidator().problems(in: Glossary(concepts: reader.concepts))
        #expect(problems.map(\.description) == [])
        #expect(reader.concepts.map(\.id).contains("new-zhang-yiming"))
        let zhang = try #require(reader.concepts.first { $0.id == "new-zhang-yiming" })
        #expect(zhang.terms.filter { $0.status == .preferred }.map { "\($0.language):\($0.text)" } == ["en:Zhang Yiming", "fr:Zhang Yiming"])
        #expect(zhang.terms.first { $0.text == "Zhang Yimming" }?.note == "seen 1 time; a variant of 'Zhang Yiming'?")
    }
}
