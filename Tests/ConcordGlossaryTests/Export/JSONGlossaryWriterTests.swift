import Foundation
import Testing
import ConcordGlossary

@Suite struct JSONGlossaryWriterTests {
    typealias F = GlossaryFixtures

    private func objects(_ glossary: Glossary) throws -> [[String: Any]] {
        let text = JSONGlossaryWriter().document(glossary)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    @Test func oneObjectPerConceptWithItsTerms() throws {
        let ordered = try GlossaryOrdering().ordered(F.sample)
        let objects = try objects(ordered)
        #expect(objects.map { $0["id"] as? String } == ordered.concepts.map(\.id))
        let pompeo = try #require(objects.first { $0["id"] as? String == "mike-pompeo" })
        #expect(Set(pompeo.keys) == ["id", "type", "definition", "terms"])
        #expect(pompeo["type"] as? String == "person")
        #expect(pompeo["definition"] as? String == "US Secretary of State (2018–2021).")
        let terms = try #require(pompeo["terms"] as? [[String: Any]])
        #expect(terms.map { $0["text"] as? String } == ["Mike Pompeo", "Pompeo", "Pompio", "Mike Pompeo", "蓬佩奥", "迈克·蓬佩奥", "蓬佩奧"])
        #expect(terms.map { $0["lang"] as? String } == ["en", "en", "en", "fr", "zh", "zh", "zh-Hant"])
        #expect(terms[2]["status"] as? String == "misspelling")
        #expect(terms[2]["source"] as? String == "seed 003")
        #expect(Set(terms[0].keys) == ["text", "lang", "status"], "optional keys are left out when empty")
    }

    @Test func optionalKeysAppearWhenSet() throws {
        let att = try #require(try objects(F.sample).first { $0["id"] as? String == "att" })
        let term = try #require((att["terms"] as? [[String: Any]])?.first)
        #expect(term["case_sensitive"] as? Bool == true)
        #expect(term["source"] as? String == "Reuters & AP")
        #expect(term["note"] as? String == "never \"AT and T\" or <ATT>")
        #expect(att["definition"] as? String == "US carrier <AT&T Inc.>, named in the \"Clean Carrier\" line.")
    }

    @Test func quotesBackslashesAndControlsAreEscaped() throws {
        let tricky = "say \"微信\"\\path/to\tapp\r\nbell\u{7}"
        let glossary = Glossary(concepts: [Concept(id: "wechat", type: .product, definition: tricky, terms: [
            Term("WeChat", language: F.en, status: .preferred),
        ])])
        let text = JSONGlossaryWriter().document(glossary)
        #expect(text.contains(#""say \"微信\"\\path/to\tapp\r\nbell\u0007""#))
        #expect(try objects(glossary).first?["definition"] as? String == tricky)
    }

    @Test func layoutIsFixed() {
        let glossary = Glossary(concepts: [Concept(id: "bytedance", type: .organization, terms: [
            Term("ByteDance", language: F.en, status: .preferred),
            Term("字节跳动", language: F.zh, status: .preferred, isCaseSensitive: true),
        ])])
        #expect(JSONGlossaryWriter().document(glossary) == """
            [
              {
                "id": "bytedance",
                "type": "organization",
                "definition": "",
                "terms": [
                  {"text": "ByteDance", "lang": "en", "status": "preferred"},
                  {"text": "字节跳动", "lang": "zh", "status": "preferred", "case_sensitive": true}
                ]
              }
            ]

            """)
        #expect(JSONGlossaryWriter().document(Glossary()) == "[]\n")
    }
}
