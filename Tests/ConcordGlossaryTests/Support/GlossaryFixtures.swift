import Foundation
import ConcordGlossary

/// Glossaries shared by the export and import tests: real names from the 2020 app bans in
/// English, French, Simplified and Traditional Chinese, listed deliberately out of order.
enum GlossaryFixtures {
    static let en = LanguageTag(.english)
    static let fr = LanguageTag(.french)
    static let zh = LanguageTag(.chinese)
    static let zhHant = LanguageTag("zh-Hant")!

    static let sample = Glossary(concepts: [
        Concept(id: "tiktok", type: .product, definition: "Short-video app of ByteDance, ordered sold or banned in August 2020.", terms: [
            Term("Tik Tok", language: en, status: .misspelling, source: "seed 011"),
            Term("TikTok", language: en, status: .preferred, isCaseSensitive: true),
            Term("TikTok", language: fr, status: .preferred, isCaseSensitive: true),
            Term("抖音海外版", language: zh, status: .admitted, note: "informal"),
            Term("TikTok", language: zh, status: .preferred, isCaseSensitive: true),
            Term("TikTok", language: zhHant, status: .preferred, isCaseSensitive: true),
        ]),
        Concept(id: "mike-pompeo", type: .person, definition: "US Secretary of State (2018–2021).", terms: [
            Term("蓬佩奧", language: zhHant, status: .preferred),
            Term("Pompio", language: en, status: .misspelling, source: "seed 003"),
            Term("Pompeo", language: en, status: .admitted),
            Term("Mike Pompeo", language: en, status: .preferred),
            Term("Mike Pompeo", language: fr, status: .preferred),
            Term("迈克·蓬佩奥", language: zh, status: .admitted),
            Term("蓬佩奥", language: zh, status: .preferred),
        ]),
        Concept(id: "clean-network", type: .program, definition: "State Department program of August 2020 against \"untrusted\" Chinese apps & carriers.", terms: [
            Term("Clean Network", language: en, status: .preferred),
            Term("« Clean Network »", language: fr, status: .preferred, note: "guillemets with narrow spaces in print"),
            Term("réseau propre", language: fr, status: .admitted),
            Term("清洁网络", language: zh, status: .preferred),
        ]),
        Concept(id: "cfius", type: .organization, terms: [
            Term("Committee on Foreign Investment in the United States", language: en, status: .admitted),
            Term("CFIUS", language: en, status: .preferred),
            Term("Comité pour l'investissement étranger aux États-Unis", language: fr, status: .preferred),
            Term("CFIUS", language: fr, status: .admitted),
        ]),
        Concept(id: "bytedance", type: .organization, definition: "Beijing company that owns TikTok and Douyin.", terms: [
            Term("字节跳动", language: zh, status: .preferred),
            Term("ByteDance", language: en, status: .preferred),
            Term("Bytedance", language: en, status: .deprecated, note: "older spelling"),
            Term("ByteDance", language: fr, status: .preferred),
        ]),
        Concept(id: "att", type: .organization, definition: "US carrier <AT&T Inc.>, named in the \"Clean Carrier\" line.", terms: [
            Term("AT&T", language: en, status: .preferred, isCaseSensitive: true, source: "Reuters & AP", note: "never \"AT and T\" or <ATT>"),
            Term("AT&T", language: fr, status: .preferred, isCaseSensitive: true),
        ]),
    ])

    /// The glossary shipped in `Glossaries/`, read from this repository (not `../shared`).
    static let shippedGlossaryPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Glossaries/us-china-apps-2020.tsv").path

    /// The glossary without the file locations, which differ between a file and its export.
    static func withoutLocations(_ glossary: Glossary) -> Glossary {
        Glossary(concepts: glossary.concepts.map { concept in
            var copy = concept
            copy.location = nil
            copy.terms = concept.terms.map { term in
                var termCopy = term
                termCopy.location = nil
                return termCopy
            }
            return copy
        })
    }
}
