import ConcordGlossary
import ConcordText
import Foundation
@testable import ConcordAudit

/// The repository's folders and a small glossary written in the test, so each check can be
/// tried on sentences made for it.
enum AuditFixtures {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let samples = repository.appendingPathComponent("Samples")
    static let shippedGlossary = repository.appendingPathComponent("Glossaries").path

    static let en = LanguageTag(.english), fr = LanguageTag(.french), zh = LanguageTag(.chinese)

    static let glossary = Glossary(concepts: [
        Concept(id: "mike-pompeo", type: .person, terms: [
            Term("Mike Pompeo", language: en, status: .preferred), Term("Pompeo", language: en, status: .admitted),
            Term("Mike Pompeo", language: fr, status: .preferred), Term("Pompeo", language: fr, status: .admitted),
            Term("蓬佩奥", language: zh, status: .preferred),
        ]),
        Concept(id: "tiktok", type: .product, terms: [
            Term("TikTok", language: en, status: .preferred), Term("TikTok", language: fr, status: .preferred),
            Term("TikTok", language: zh, status: .preferred),
        ]),
        Concept(id: "bytedance", type: .organization, terms: [
            Term("ByteDance", language: en, status: .preferred), Term("ByteDance", language: fr, status: .preferred),
            Term("字节跳动", language: zh, status: .preferred),
        ]),
        Concept(id: "wechat-pay", type: .product, terms: [
            Term("WeChat Pay", language: en, status: .preferred), Term("微信支付", language: zh, status: .preferred),
        ]),
        Concept(id: "wang-yi", type: .person, terms: [
            Term("Wang Yi", language: en, status: .preferred), Term("王毅", language: zh, status: .preferred),
        ]),
        Concept(id: "zhao-lijian", type: .person, terms: [
            Term("Zhao Lijian", language: en, status: .preferred), Term("赵立坚", language: zh, status: .preferred),
        ]),
        Concept(id: "walmart", type: .organization, terms: [
            Term("Walmart", language: en, status: .preferred), Term("Wal-Mart", language: en, status: .admitted),
        ]),
        Concept(id: "app-store", type: .product, terms: [
            Term("App Store", language: en, status: .preferred, isCaseSensitive: true),
        ]),
        Concept(id: "doj", type: .organization, terms: [
            Term("Department of Justice", language: en, status: .preferred),
            Term("Ministry of Justice", language: en, status: .deprecated),
        ]),
        Concept(id: "microsoft", type: .organization, terms: [
            Term("Microsoft", language: en, status: .preferred), Term("微软", language: zh, status: .preferred),
        ]),
    ])

    static func auditor(_ glossary: Glossary = glossary) throws -> Auditor {
        Auditor(index: try VariantIndex(glossary: glossary))
    }

    static func findings(_ text: String, _ language: Language, glossary: Glossary = glossary) throws -> [Finding] {
        try auditor(glossary).audit(TextDocument(name: "test.txt", text: text), language: language)
    }
}
