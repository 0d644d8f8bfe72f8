import Testing
import ConcordGlossary

@Suite struct OmegaTWriterTests {
    typealias F = GlossaryFixtures

    private func lines(_ glossary: Glossary, _ source: LanguageTag, _ target: LanguageTag) throws -> [String] {
        let text = OmegaTWriter(source: source, target: target).glossary(try GlossaryOrdering().ordered(glossary))
        #expect(text.hasSuffix("\n"))
        return text.split(separator: "\n").map(String.init)
    }

    @Test func firstLineIsACommentNamingThePairAndEncoding() throws {
        let first = try lines(F.sample, F.en, F.zh)[0]
        #expect(first.hasPrefix("#"))
        #expect(first.contains("en to zh"))
        #expect(first.contains("coding: utf-8"))
    }

    @Test func everyAcceptableSourceTermMeetsThePreferredThenTheAdmittedTargets() throws {
        let rows = try lines(F.sample, F.en, F.zh).dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.allSatisfy { $0.count == 3 })
        let pompeo = rows.filter { $0[1].contains("蓬佩奥") }
        #expect(pompeo.map { [$0[0], $0[1]] } == [
            ["Mike Pompeo", "蓬佩奥"], ["Mike Pompeo", "迈克·蓬佩奥"],
            ["Pompeo", "蓬佩奥"], ["Pompeo", "迈克·蓬佩奥"],
        ])
        #expect(pompeo.map { $0[2] } == [
            "person: US Secretary of State (2018–2021).",
            "person: US Secretary of State (2018–2021). [admitted target term]",
            "person: US Secretary of State (2018–2021). [admitted source term]",
            "person: US Secretary of State (2018–2021). [admitted source term, admitted target term]",
        ])
        #expect(!rows.contains { $0[0] == "Pompio" || $0[0] == "Bytedance" }, "misspellings and deprecated terms are no suggestions")
        #expect(rows.contains { $0 == ["ByteDance", "字节跳动", "organization: Beijing company that owns TikTok and Douyin."] })
        #expect(!rows.contains { $0[0] == "AT&T" }, "a concept without a target term has no entry")
        #expect(!rows.contains { $0[0] == "CFIUS" }, "CFIUS has no Chinese term")
    }

    @Test func theSourceLanguageComesFirst() throws {
        let rows = try lines(F.sample, F.fr, F.en).dropFirst()
        #expect(rows.contains("« Clean Network »\tClean Network\tprogram: State Department program of August 2020 against \"untrusted\" Chinese apps & carriers."))
        #expect(rows.contains("CFIUS\tCFIUS\torganization [admitted source term]"))
        #expect(rows.contains("Comité pour l'investissement étranger aux États-Unis\tCFIUS\torganization"))
    }

    @Test func fieldsStayOnOneLineAndHashTermsAreNotComments() throws {
        let definition = "Movement against sexual harassment,\tspread on Weibo\nunder the tag #MeToo and its Chinese rendering 米兔 from 2018 onwards, when censors blocked the original hashtag."
        let glossary = Glossary(concepts: [Concept(id: "metoo", type: .other, definition: definition, terms: [
            Term("#MeToo", language: F.en, status: .preferred),
            Term("#MeToo", language: F.fr, status: .preferred),
            Term("#MoiAussi", language: F.fr, status: .admitted),
        ])])
        let rows = try lines(glossary, F.en, F.fr).dropFirst()
        #expect(rows.count == 2)
        for row in rows {
            #expect(row.hasPrefix(" #MeToo\t"))
            #expect(row.split(separator: "\t").count == 3)
        }
        let comment = String(try #require(rows.first?.split(separator: "\t").last))
        #expect(comment == "other: Movement against sexual harassment, spread on Weibo under the tag #MeToo and its Chinese rendering 米兔 from 2018…")
        #expect(comment.count <= "other: ".count + OmegaTWriter.maximumDefinitionLength)
    }
}
