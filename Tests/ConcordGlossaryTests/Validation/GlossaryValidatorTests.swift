import Testing
import ConcordGlossary

@Suite struct GlossaryValidatorTests {
    static let en = LanguageTag(.english), fr = LanguageTag(.french), zh = LanguageTag(.chinese)

    static func at(_ line: Int) -> ConcordGlossary.SourceLocation { ConcordGlossary.SourceLocation(path: "g.tsv", line: line) }

    @Test func aFormOwnedTwiceIsReportedWithBothPlaces() {
        let glossary = Glossary(concepts: [
            Concept(id: "tiktok", type: .product, terms: [Term("TikTok", language: Self.en, status: .preferred, location: Self.at(2)),
                                                          Term("抖音", language: Self.zh, status: .admitted, location: Self.at(3))]),
            Concept(id: "douyin", type: .product, terms: [Term("Tik-Tok", language: Self.en, status: .preferred, location: Self.at(4)),
                                                          Term("抖音", language: Self.zh, status: .preferred, location: Self.at(5))]),
            Concept(id: "pompeo", type: .person, terms: [Term("Pompeo", language: Self.en, status: .preferred, location: Self.at(6)),
                                                         Term("TikTok", language: Self.fr, status: .misspelling, location: Self.at(7)),
                                                         Term("tiktok", language: Self.en, status: .misspelling, location: Self.at(8))]),
        ])
        #expect(GlossaryValidator().problems(in: glossary).map(\.description) == [
            "warning: concept 'tiktok' has no preferred term in 'zh'",
            "g.tsv:4: error: term 'Tik-Tok' (en) is preferred for both 'tiktok' (g.tsv:2) and 'douyin'",
            "g.tsv:8: error: 'tiktok' is listed as a misspelling for 'pompeo' but is a correct term of 'tiktok'",
        ])
    }

    @Test func languagesWithoutOrWithSeveralPreferredTermsAreWarnedAbout() {
        let glossary = Glossary(concepts: [
            Concept(id: "wang-yi", type: .person, terms: [Term("Wang Yi", language: Self.en, status: .preferred),
                                                          Term("Wang", language: Self.en, status: .preferred),
                                                          Term("Wang Yi", language: Self.fr, status: .admitted)],
                    location: Self.at(2)),
        ])
        #expect(GlossaryValidator().problems(in: glossary).map(\.description) == [
            "g.tsv:2: warning: concept 'wang-yi' has 2 preferred terms in 'en'; the first one is used",
            "g.tsv:2: warning: concept 'wang-yi' has no preferred term in 'fr'",
        ])
    }

    @Test func traditionalCharactersTaggedSimplifiedAreReported() {
        let zhHant = LanguageTag("zh-Hant")!
        let glossary = Glossary(concepts: [
            Concept(id: "bytedance", type: .organization, terms: [
                Term("字节跳动", language: Self.zh, status: .preferred),
                Term("字節跳動", language: zhHant, status: .preferred),
            ]),
            Concept(id: "pompeo", type: .person, terms: [Term("蓬佩奧", language: Self.zh, status: .preferred)]),
        ])
        #expect(GlossaryValidator().problems(in: glossary).map(\.message) == [
            "term '蓬佩奧' is tagged 'zh' (Simplified) but has Traditional characters (Simplified: '蓬佩奥'); tag it zh-Hant",
        ])
    }
}
