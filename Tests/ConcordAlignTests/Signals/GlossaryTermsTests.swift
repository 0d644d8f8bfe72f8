import Foundation
import Testing
@testable import ConcordAlign
import ConcordGlossary
import ConcordText

@Suite struct GlossaryTermsTests {
    static let glossary = SampleData.folder.deletingLastPathComponent().appendingPathComponent("Glossaries").path

    private func concepts(_ text: String, _ language: Language, _ terms: GlossaryTerms) throws -> Set<String> {
        let extractor = try AnchorExtractor(language: language, otherLanguage: language == .chinese ? .english : .chinese, glossary: terms)
        try extractor.append(text)
        return extractor.anchors.keys(ofSentence: 0).filter { $0.hasPrefix("g:") }
    }

    @Test func theShippedGlossaryNamesConceptsInAllThreeLanguages() throws {
        let terms = try GlossaryTerms.load(paths: [Self.glossary])
        #expect(terms.conceptCount >= 80)
        #expect(try concepts("Secretary of State Mike Pompeo spoke about ByteDance.", .english, terms).isSuperset(of: ["g:mike-pompeo", "g:bytedance"]))
        #expect(try concepts("Le secrétaire d'État Mike Pompeo a visé BydeDance.", .french, terms).isSuperset(of: ["g:mike-pompeo", "g:bytedance"]))
        #expect(try concepts("蓬佩奥称字节跳动必须出售TikTok。", .chinese, terms).isSuperset(of: ["g:mike-pompeo", "g:bytedance"]))
        #expect(try concepts("Pompio met the press.", .english, terms).contains("g:mike-pompeo"))
        #expect(try concepts("Nothing about apps here.", .english, terms).isEmpty)
    }

    @Test func malformedRowsAreReportedWithFileAndLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("concord-glossary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("bad.tsv").path
        let rows = "concept\ttype\tdefinition\tlang\tterm\tstatus\tnote\nwang-yi\tperson\tForeign minister\ten\tWang Yi\tpreferred\t\nwang-yi\t\t\txx\t王毅\tpreferred\t\n"
        try rows.write(toFile: path, atomically: true, encoding: .utf8)
        do {
            _ = try GlossaryTerms.load(paths: [path])
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "\(path):3: unknown language 'xx' (use a BCP 47 tag such as en, fr, zh, zh-Hant)")
        }
        #expect(throws: GlossaryError.self) { try GlossaryTerms.load(paths: [folder.appendingPathComponent("missing.tsv").path]) }
    }
}
