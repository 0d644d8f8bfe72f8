import Testing
import ConcordGlossary

@Suite struct GlossaryOrderingTests {
    typealias F = GlossaryFixtures

    @Test func conceptsFollowTheirLabelsInRootCollation() throws {
        let ordered = try GlossaryOrdering().ordered(F.sample)
        // Labels: AT&T, ByteDance, CFIUS, Clean Network, Mike Pompeo, TikTok ("CF" before "Cl").
        #expect(ordered.concepts.map(\.id) == ["att", "bytedance", "cfius", "clean-network", "mike-pompeo", "tiktok"])
    }

    @Test func termsGoByLanguageThenStatusThenText() throws {
        let ordered = try GlossaryOrdering().ordered(F.sample)
        let pompeo = try #require(ordered.concept(id: "mike-pompeo"))
        #expect(pompeo.terms.map(\.text) == ["Mike Pompeo", "Pompeo", "Pompio", "Mike Pompeo", "蓬佩奥", "迈克·蓬佩奥", "蓬佩奧"])
        #expect(pompeo.terms.map(\.language.tag) == ["en", "en", "en", "fr", "zh", "zh", "zh-Hant"])
        let tiktok = try #require(ordered.concept(id: "tiktok"))
        #expect(tiktok.terms.map(\.status) == [.preferred, .misspelling, .preferred, .preferred, .admitted, .preferred])
    }

    @Test func frenchTermsSortWithAccentsBesideTheirLetters() throws {
        let glossary = Glossary(concepts: [Concept(id: "usa", type: .place, terms: [
            Term("États-Unis", language: F.fr, status: .admitted),
            Term("Etats-Unis d'Amérique", language: F.fr, status: .admitted),
            Term("Amérique", language: F.fr, status: .admitted),
        ])])
        let terms = try GlossaryOrdering().ordered(glossary).concepts[0].terms.map(\.text)
        // Code-point order would put "Etats-Unis d'Amérique" before "États-Unis".
        #expect(terms == ["Amérique", "États-Unis", "Etats-Unis d'Amérique"])
    }

    @Test func chineseTermsSortByPinyin() throws {
        let glossary = Glossary(concepts: [Concept(id: "donald-trump", type: .person, terms: [
            Term("特朗普", language: F.zh, status: .admitted),
            Term("唐纳德·特朗普", language: F.zh, status: .admitted),
            Term("川普", language: F.zh, status: .admitted),
        ])])
        let terms = try GlossaryOrdering().ordered(glossary).concepts[0].terms.map(\.text)
        // chuān < táng < tè; code points would give 唐 (U+5510) < 川 (U+5DDD) < 特 (U+7279).
        #expect(terms == ["川普", "唐纳德·特朗普", "特朗普"])
    }

    @Test func theInputOrderDoesNotMatter() throws {
        var shuffled = F.sample
        shuffled.concepts.reverse()
        for index in shuffled.concepts.indices { shuffled.concepts[index].terms.reverse() }
        #expect(shuffled != F.sample)
        #expect(try GlossaryOrdering().ordered(shuffled) == GlossaryOrdering().ordered(F.sample))
    }

    @Test func conceptsWithTheSameLabelFallBackToTheirIds() throws {
        let glossary = Glossary(concepts: [
            Concept(id: "wechat-pay", type: .product, terms: [Term("WeChat", language: F.en, status: .preferred)]),
            Concept(id: "wechat", type: .product, terms: [Term("WeChat", language: F.en, status: .preferred)]),
        ])
        #expect(try GlossaryOrdering().ordered(glossary).concepts.map(\.id) == ["wechat", "wechat-pay"])
    }
}
