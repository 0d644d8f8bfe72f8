import ConcordAlign
import ConcordGlossary
import ConcordText
import Testing
@testable import ConcordAudit

@Suite struct PairAuditorTests {
    private func side(_ text: String, _ language: Language, name: String) throws -> PairAuditor.Side {
        let document = TextDocument(name: name, text: text)
        return PairAuditor.Side(document: document, language: language, segments: try Segmenter(language: language).lineSegments(of: document))
    }

    private func oneToOne(_ count: Int) -> [Bead] {
        (0..<count).map { Bead(source: $0..<($0 + 1), target: $0..<($0 + 1), confidence: 1) }
    }

    @Test func aNameTheTranslationLeavesOutIsANote() throws {
        let source = try side("Mike Pompeo met ByteDance on Friday.\nTikTok was not discussed.\n", .english, name: "en.txt")
        let target = try side("M. Pompeo a rencontré les dirigeants vendredi.\nTikTok n'a pas été évoqué.\n", .french, name: "fr.txt")
        let findings = try PairAuditor(auditor: AuditFixtures.auditor()).audit(source: source, target: target, beads: oneToOne(2))
        #expect(findings.map { "\($0.found)|\($0.expected)|\($0.kind.rawValue)|\($0.position)" } == ["ByteDance|ByteDance|missing-translation|1:17"])
        #expect(findings.first?.kind.severity == "note")
        #expect(findings.first?.isFixable == false)
        #expect(findings.first?.evidence.first?.contains("fr.txt line 1") == true)
    }

    @Test func chineseTargetsCountTheirOwnFormsAndMisspellingsStillName() throws {
        let source = try side("Pompio said ByteDance must sell TikTok.\nWang Yi answered.\n", .english, name: "en.txt")
        let target = try side("蓬佩奥说字节跳动必须出售TikTok。\n王毅作出回应。\n", .chinese, name: "zh.txt")
        let findings = try PairAuditor(auditor: AuditFixtures.auditor()).audit(source: source, target: target, beads: oneToOne(2))
        #expect(findings.isEmpty)
    }

    @Test func aNameInTheNeighbouringTargetSentenceCountsAndOmissionsAreLeftToTheAligner() throws {
        let source = try side("Wang Yi spoke first.\nThen he left.\nZhao Lijian was not there.\n", .english, name: "en.txt")
        let target = try side("随后他离开了。\n王毅首先发言。\n", .chinese, name: "zh.txt")
        let beads = [Bead(source: 0..<1, target: 0..<1, confidence: 0.5), Bead(source: 1..<2, target: 1..<2, confidence: 0.5),
                     Bead(source: 2..<3, target: 2..<2, confidence: 0.5)]
        let findings = try PairAuditor(auditor: AuditFixtures.auditor()).audit(source: source, target: target, beads: beads)
        #expect(findings.isEmpty)
    }
}
