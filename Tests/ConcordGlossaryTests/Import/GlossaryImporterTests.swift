import Foundation
import Testing
import ConcordGlossary
import ConcordText

@Suite struct GlossaryImporterTests {
    typealias F = GlossaryFixtures

    @Test func formatComesFromTheExtension() {
        #expect(ImportFormat(fileName: "apps.TBX") == .tbx)
        #expect(ImportFormat(fileName: "shared/terms.csv") == .csv)
        #expect(ImportFormat(fileName: "apps.tsv") == .tsv)
        #expect(ImportFormat(fileName: "apps.tab") == .tsv)
        #expect(ImportFormat(fileName: "apps.xml") == nil)
    }

    @Test func tablesAreReadAndCheckedLikeTheGlossaryFolder() {
        let csv = """
            concept,type,lang,term,status
            tiktok,product,en,TikTok,preferred
            tiktok,,fr,TikTok,preferred
            tiktok,,fr,TikTok,admitted
            wechat,app,en,WeChat,preferred

            """
        let (glossary, problems) = GlossaryImporter(format: .csv).read(csv, path: "t.csv")
        #expect(glossary.concepts.map(\.id) == ["tiktok", "wechat"])
        #expect(problems.map(\.description) == [
            "t.csv:5: error: unknown concept type 'app' (one of: person, organization, product, place, program, other)",
            "t.csv:4: error: term 'TikTok' (fr) is listed twice for concept 'tiktok' (first at line 3)",
        ])
    }

    @Test func tbxIsCheckedByTheValidatorToo() throws {
        let tbx = try TBXWriter().document(Glossary(concepts: [
            Concept(id: "tiktok", type: .product, terms: [Term("TikTok", language: F.en, status: .preferred)]),
            Concept(id: "douyin", type: .product, terms: [Term("TikTok", language: F.en, status: .preferred)]),
        ]))
        let (_, problems) = GlossaryImporter(format: .tbx).read(tbx, path: "x.tbx")
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("is preferred for both 'tiktok'") == true)
        #expect(problems.first?.location?.path == "x.tbx")
    }

    @Test func loadReadsUTF16FilesAndThrowsEveryProblemOnError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("concord-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        let text = try TBXWriter().document(try GlossaryOrdering().ordered(F.sample))
            .replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
        let utf16 = folder.appendingPathComponent("sample.tbx")
        try Data([0xFF, 0xFE] + Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }).write(to: utf16)
        let (glossary, warnings) = try GlossaryImporter(format: .tbx).load(path: utf16.path)
        #expect(warnings.isEmpty)
        #expect(F.withoutLocations(glossary) == F.withoutLocations(try GlossaryOrdering().ordered(F.sample)))

        let broken = folder.appendingPathComponent("broken.tsv")
        try Data("concept\ttype\tlang\tterm\tstatus\ntiktok\tproduct\ten\tTikTok\tbest\ntiktok\t\txx\tTikTok\tpreferred\n".utf8).write(to: broken)
        let error = try #require(throws: GlossaryImportError.self) { try GlossaryImporter(format: .tsv).load(path: broken.path) }
        #expect(error.errors.count == 2)
        #expect(error.problems.map { $0.location?.line } == [2, 3])
        #expect(error.description == "\(broken.path): 2 errors; nothing imported")

        #expect(throws: DocumentError.self) { try GlossaryImporter(format: .tbx).load(path: folder.appendingPathComponent("missing.tbx").path) }
    }
}
