import ConcordGlossary
import ConcordText
import Foundation
import Testing
@testable import ConcordAudit

@Suite struct AuditorTests {
    private func summary(_ findings: [Finding]) -> [String] {
        findings.map { "\($0.found)|\($0.expected)|\($0.kind.rawValue)|\($0.position)" }
    }

    @Test func correctFormsGiveNoFinding() throws {
        let text = "Mike Pompeo met ByteDance about TikTok; Pompeo's aides, WeChat Pay and Walmart's App Store.\nThe original: (原文：美国国务卿蓬佩奥宣布，字节跳动必须出售。)"
        let findings = try AuditFixtures.findings(text, .english)
        #expect(summary(findings) == [])
        #expect(try AuditFixtures.findings("蓬佩奥表示，字节跳动必须出售TikTok。王毅回应。", .chinese).isEmpty)
        #expect(try AuditFixtures.findings("M. Pompeo a parlé d'TikTok et de ByteDance.", .french).isEmpty)
    }

    @Test func unlistedNearMissesAreFoundWithTheirEvidence() throws {
        let findings = try AuditFixtures.findings("Secretary Pompoe spoke. Later, Mike Pompeo met BiteDance and Microsfot.", .english)
        #expect(summary(findings) == ["Pompoe|Pompeo|near-miss|1:11", "BiteDance|ByteDance|near-miss|1:48", "Microsfot|Microsoft|near-miss|1:62"])
        let pompoe = try #require(findings.first)
        #expect(pompoe.evidence.contains { $0.contains("elsewhere in the document") })
        #expect(pompoe.confidence > 0.6 && pompoe.confidence <= 0.95)
    }

    @Test func ordinaryWordsCloseToNamesAreNotFlagged() throws {
        let text = """
            Pompey the Great crossed the sea. A tick bit the dog, and they bite dance partners.
            The American delegation left; Americans stayed. Trumpets sounded at Walmarts.
            Tiktok and TIKTOK are the same product, written in other cases.
            """
        let findings = try AuditFixtures.findings(text, .english)
        #expect(summary(findings) == [])
    }

    @Test func splitJoinedAndRepeatedFormsAreNamed() throws {
        let findings = try AuditFixtures.findings("Tik Tok and Tik-Tok belong to Byte Dance. WeChatPay is new. Wang Wang Yi answered.", .english)
        #expect(summary(findings) == [
            "Tik Tok|TikTok|split|1:1", "Tik-Tok|TikTok|split|1:13", "Byte Dance|ByteDance|split|1:31",
            "WeChatPay|WeChat Pay|joined|1:43", "Wang Wang Yi|Wang Yi|duplicated|1:61",
        ])
    }

    @Test func caseMattersOnlyWhereTheGlossarySaysSo() throws {
        let findings = try AuditFixtures.findings("Apple runs the App store. Tiktok is fine here.", .english)
        #expect(summary(findings) == ["App store|App Store|case|1:16"])
    }

    @Test func accentsOnANameAndHomoglyphsAreFound() throws {
        let findings = try AuditFixtures.findings("M. Pompéo a rencontré Tik\u{0422}ok et P\u{043E}mpeo.", .french)
        #expect(summary(findings).first == "Pompéo|Pompeo|diacritic|1:4")
        #expect(findings.last?.kind == .homoglyph)
        #expect(findings.last?.found == "P\u{043E}mpeo")
        #expect(findings.last?.evidence.first?.contains("CYRILLIC SMALL LETTER O") == true)
    }

    @Test func chineseNamesLeftInEnglishAndWrongChineseFormsAreFound() throws {
        let english = try AuditFixtures.findings("Spokesman 赵立坚 said the ban was bullying.", .english)
        #expect(summary(english) == ["赵立坚|Zhao Lijian|untranslated|1:11"])
        let chinese = try AuditFixtures.findings("美国国务卿庞培奥宣布了清洁网络计划。蓬佩奥还说。", .chinese)
        #expect(summary(chinese) == ["庞培奥|蓬佩奥|wrong-chinese-form|1:6"])
    }

    @Test func deprecatedTermsAndInconsistentSpellingsAreNotes() throws {
        let findings = try AuditFixtures.findings("The Ministry of Justice sued. Walmart, Walmart and Wal-Mart agreed.", .english)
        #expect(summary(findings) == ["Ministry of Justice|Department of Justice|deprecated|1:5", "Wal-Mart|Walmart|inconsistent|1:52"])
        #expect(findings.allSatisfy { $0.kind.severity == "note" })
    }

    @Test func columnsCountUserPerceivedCharacters() throws {
        let findings = try AuditFixtures.findings("👩‍👩‍👧 e\u{0301}té: Pompio.\nOK", .french)
        #expect(findings.first?.position == TextPosition(line: 1, column: 8))
        #expect(findings.first?.utf16Columns.lowerBound == 16)
    }

    @Test func plantedVariantsOfTheNoisySamplesAreFoundExactly() throws {
        let readme = try String(contentsOf: AuditFixtures.samples.appendingPathComponent("README.md"), encoding: .utf8)
        var planted = Set<String>()
        for line in readme.split(separator: "\n") where line.hasPrefix("| `noisy/") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells[1].wholeMatch(of: /[0-9]+:[0-9]+/) != nil else { continue }
            planted.insert("\(cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))):\(cells[1])")
        }
        #expect(planted.count == 13)
        let auditor = Auditor(index: try VariantIndex(glossary: try GlossaryLoader.load(paths: [AuditFixtures.shippedGlossary])))
        var found = Set<String>()
        for (name, language) in [("noisy/en-mt.txt", Language.english), ("noisy/fr-mt.txt", .french)] {
            let document = try TextDocument.read(path: AuditFixtures.samples.appendingPathComponent(name).path)
            for finding in try auditor.audit(document, language: language) {
                found.insert("\(name):\(finding.position)")
            }
        }
        #expect(found == planted)
    }

    @Test func theCleanSampleArticlesHaveNoWarnings() throws {
        let auditor = Auditor(index: try VariantIndex(glossary: try GlossaryLoader.load(paths: [AuditFixtures.shippedGlossary])))
        for story in ["commerce-ban", "payment-apps", "data-security"] {
            for language in Language.supported {
                let document = try TextDocument.read(path: AuditFixtures.samples.appendingPathComponent("\(story)/\(language.code).txt").path)
                let warnings = try auditor.audit(document, language: language).filter { $0.kind.severity == "warning" }
                #expect(warnings.map { "\($0.file):\($0.position) \($0.message)" } == [])
            }
        }
    }

    /// Each pair of alike letters costs a slip in either order (`d`/`t` was only found as `t`
    /// written for `d`, and six other pairs never).
    @Test func alikeLettersAreASlipInEitherOrder() {
        for (a, b) in [("d", "t"), ("x", "s"), ("l", "1"), ("o", "0"), ("n", "h"), ("r", "n"), ("i", "1"), ("c", "k")] {
            let x = a.unicodeScalars.first!, y = b.unicodeScalars.first!
            #expect(SpellingDistance.substitutionCost(x, y) == SpellingDistance.slipCost, "\(a)/\(b)")
            #expect(SpellingDistance.substitutionCost(y, x) == SpellingDistance.slipCost, "\(b)/\(a)")
        }
        #expect(SpellingDistance.substitutionCost("d", "m") == 1)
        #expect(SpellingDistance.distance(Array("savard".unicodeScalars), Array("savart".unicodeScalars), limit: 1) == SpellingDistance.slipCost)
    }

    /// A letter not heard is a slip: `h` after a consonant, the `t` of `tz`, the `c` of `ck` and
    /// `sch`, the `j` of `lj`; an `h` after a vowel is not (`Ahmed`, `Amed`).
    @Test func silentLettersAreASlip() {
        func distance(_ right: String, _ found: String) -> Double? {
            SpellingDistance.distance(Array(right.unicodeScalars), Array(found.unicodeScalars), limit: 2)
        }
        for (right, found) in [("dotan", "dothan"), ("kathe", "kate"), ("holtz", "holz"), ("schenk", "schenck"),
                               ("pasch", "pash"), ("balic", "baljic")] {
            #expect(distance(right, found) == SpellingDistance.slipCost, "\(right)/\(found)")
        }
        #expect(distance("ahmed", "amed") == 1)
        #expect(distance("tarek", "tarak") == SpellingDistance.vowelCost)
    }

    /// Real spelling variants of names (from transliteration), found through the letters not
    /// heard and the sound key: `Dothan`, `Holz`, `Bechara`.
    @Test func transliterationVariantsOfNamesAreFound() throws {
        let en = LanguageTag(.english)
        let glossary = Glossary(concepts: ["Dotan", "Holtz", "Bishara"].map { name in
            Concept(id: name.lowercased(), type: .person, terms: [Term(name, language: en, status: .preferred)])
        })
        let findings = try AuditFixtures.findings("They met Dothan in May. Then Holz spoke, and Bechara answered.", .english, glossary: glossary)
        #expect(summary(findings) == ["Dothan|Dotan|near-miss|1:10", "Holz|Holtz|near-miss|1:30", "Bechara|Bishara|near-miss|1:46"])
        #expect(findings.allSatisfy { $0.confidence >= 0.6 })
    }

    /// A key of more letters than any name's word is neither indexed nor looked up: its forms
    /// two deletions short grow with the square of its length.
    @Test func overlongWordsAreLeftOutOfTheDeletionNeighbourhood() throws {
        var neighbourhood = DeletionNeighbourhood()
        let long = Array(String(repeating: "pompeo", count: 10).unicodeScalars)
        neighbourhood.insert(long, value: 1, deletions: 2)
        neighbourhood.insert(Array("pompeo".unicodeScalars), value: 2)
        neighbourhood.freeze()
        #expect(neighbourhood.candidates(long, queryDeletions: 2).isEmpty)
        #expect(neighbourhood.candidates(Array("pompio".unicodeScalars), queryDeletions: 1) == [2])
        let text = "Secretary " + String(repeating: "Pompeo", count: 20_000) + " spoke with Pompio."
        #expect(summary(try AuditFixtures.findings(text, .english)).map { $0.prefix(6) } == ["Pompio"])
    }
}

@Suite struct ParallelAuditTests {
    /// A long document read on two cores gives exactly the findings one core gives.
    @Test func twoCoresFindWhatOneFinds() throws {
        let sample = try String(contentsOf: AuditFixtures.samples.appendingPathComponent("noisy/en-mt.txt"), encoding: .utf8)
        let document = TextDocument(name: "long.txt", text: String(repeating: sample + "\n", count: 12))
        let parallel = Auditor(index: try VariantIndex(glossary: try GlossaryLoader.load(paths: [AuditFixtures.shippedGlossary])))
        parallel.parallelUnits = 10_000
        let serial = Auditor(index: parallel.index)
        serial.parallelUnits = .max
        let findings = try serial.audit(document, language: .english)
        #expect(findings.count == 12 * 8)
        #expect(try parallel.audit(document, language: .english) == findings)
    }
}

extension ParallelAuditTests {
    /// A misspelling met again thousands of words later is found again (a span and a term
    /// were once packed into one integer that dropped the high bits of the span's position).
    @Test func aSlipFarIntoALongDocumentIsFound() throws {
        // The second `Pompio` is word 4097, 4096 words after the first.
        let document = TextDocument(name: "long.txt", text: "Secretary Pompio spoke " + String(repeating: "and ", count: 4093) + "Secretary Pompio spoke again.\n")
        let auditor = try AuditFixtures.auditor()
        auditor.parallelUnits = .max
        #expect(try auditor.audit(document, language: .english).map(\.found) == ["Pompio", "Pompio"])
    }
}
