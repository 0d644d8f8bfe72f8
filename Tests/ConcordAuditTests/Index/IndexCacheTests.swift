import ConcordGlossary
import ConcordText
import Foundation
import Testing
@testable import ConcordAudit

/// The index cache gives the same findings as an index built in memory, is rebuilt when a
/// glossary file changes or the cached file is damaged, and never stops an audit.
@Suite struct IndexCacheTests {
    /// A temporary folder with a copy of the shipped glossary plus a concept that draws a
    /// warning (no preferred English term), and an empty cache folder.
    final class Workspace {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("concord-index-cache-\(UUID().uuidString)")
        var glossaryFile: String { folder.appendingPathComponent("glossary.tsv").path }
        var cacheFolder: String { folder.appendingPathComponent("cache").path }

        init() throws {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let shipped = try String(contentsOfFile: AuditFixtures.shippedGlossary + "/us-china-apps-2020.tsv", encoding: .utf8)
            try (shipped + "kavimo-tarendel\tperson\t\ten\tKavimo Tarendel\tadmitted\t\t\t\n").write(toFile: glossaryFile, atomically: true, encoding: .utf8)
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        func entry() throws -> IndexCache.Entry {
            try IndexCache(folder: cacheFolder).index(files: [glossaryFile]) { () throws(GlossaryError) in
                let (glossary, problems) = try GlossaryLoader.read(paths: [glossaryFile])
                return (glossary, problems.filter { $0.severity == .warning })
            }
        }

        var cachedFiles: [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: cacheFolder)) ?? []).filter { $0.hasSuffix(".index") }
        }
    }

    static let documents: [(TextDocument, Language)] = {
        let noisy = ["en-mt.txt": Language.english, "fr-mt.txt": .french].map { name, language in
            (try! TextDocument.read(path: AuditFixtures.samples.appendingPathComponent("noisy/\(name)").path), language)
        }
        let chinese = TextDocument(name: "zh.txt", text: "美国国务卿庞培奥周三说，字节跳动必须出售TikTok。Kavimo Tarendl也在场。\n")
        return noisy + [(chinese, .chinese)]
    }()

    private func findings(_ index: VariantIndex) throws -> [[Finding]] {
        try Self.documents.map { document, language in try Auditor(index: index).audit(document, language: language) }
    }

    @Test func anIndexReadFromTheCacheFindsWhatTheBuiltOneFinds() throws {
        let workspace = try Workspace()
        let built = try workspace.entry()
        let cached = try workspace.entry()
        #expect(!built.isCached)
        #expect(cached.isCached)
        #expect(workspace.cachedFiles.count == 1)
        let expected = try findings(built.index)
        #expect(expected.allSatisfy { !$0.isEmpty })
        #expect(try findings(cached.index) == expected)
        #expect(cached.warnings == built.warnings)
        let lastLine = try String(contentsOfFile: workspace.glossaryFile, encoding: .utf8).split(separator: "\n").count
        #expect(cached.warnings.map(\.description) == ["\(workspace.glossaryFile):\(lastLine): warning: concept 'kavimo-tarendel' has no preferred term in 'en'"])
        #expect(cached.index.glossary == built.index.glossary)
    }

    @Test func aChangedGlossaryFileIsIndexedAgain() throws {
        let workspace = try Workspace()
        _ = try workspace.entry()
        let handle = try #require(FileHandle(forWritingAtPath: workspace.glossaryFile))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("mirela-dostani\tperson\t\ten\tMirela Dostani\tpreferred\t\t\t\n".utf8))
        try handle.close()
        let changed = try workspace.entry()
        #expect(!changed.isCached)
        let document = TextDocument(name: "t.txt", text: "Yesterday Mirela Dostany spoke.\n")
        #expect(try Auditor(index: changed.index).audit(document, language: .english).map(\.expected) == ["Mirela Dostani"])
        #expect(try workspace.entry().isCached)
        #expect(workspace.cachedFiles.count == 2)
    }

    @Test func aDamagedCachedIndexIsBuiltAgain() throws {
        let workspace = try Workspace()
        let expected = try findings(try workspace.entry().index)
        let path = workspace.cacheFolder + "/" + workspace.cachedFiles[0]
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        bytes[bytes.count / 2] ^= 0x5a
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let rebuilt = try workspace.entry()
        #expect(!rebuilt.isCached)
        #expect(try findings(rebuilt.index) == expected)
        try Data(bytes.prefix(bytes.count / 3)).write(to: URL(fileURLWithPath: path))
        #expect(try !workspace.entry().isCached)
        #expect(try workspace.entry().isCached)
    }

    @Test func aCacheThatCannotBeWrittenDoesNotStopTheAudit() throws {
        let workspace = try Workspace()
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: workspace.cacheFolder))
        let first = try workspace.entry(), second = try workspace.entry()
        #expect(!first.isCached && !second.isCached)
        #expect(try findings(second.index) == findings(first.index))
    }

    @Test func onlyTheMostRecentlyUsedIndexesAreKept() throws {
        let workspace = try Workspace()
        func fill(_ cache: IndexCache, count: Int) throws -> [String] {
            try (0..<count).map { number in
                let file = workspace.folder.appendingPathComponent("g\(number).tsv").path
                try "concept\ttype\tlang\tterm\tstatus\nc\(number)\tperson\ten\tName Number\(number)\tpreferred\n".write(toFile: file, atomically: true, encoding: .utf8)
                _ = try cache.index(files: [file]) { () throws(GlossaryError) in (try GlossaryLoader.load(paths: [file]), []) }
                return file
            }
        }
        let byCount = IndexCache(folder: workspace.cacheFolder, capacity: 3)
        try FileManager.default.createDirectory(atPath: workspace.cacheFolder, withIntermediateDirectories: true)
        let leftOver = workspace.cacheFolder + "/0123.index.99.tmp", recent = workspace.cacheFolder + "/4567.index.98.tmp"
        #expect(FileManager.default.createFile(atPath: leftOver, contents: Data("cut short".utf8), attributes: [.modificationDate: Date(timeIntervalSinceNow: -7200)]))
        #expect(FileManager.default.createFile(atPath: recent, contents: Data("being written".utf8)))
        let files = try fill(byCount, count: 5)
        #expect(!FileManager.default.fileExists(atPath: leftOver))
        #expect(FileManager.default.fileExists(atPath: recent))
        #expect(workspace.cachedFiles.count == 3)
        let newest = try byCount.index(files: [files[4]]) { () throws(GlossaryError) in throw GlossaryError("not cached") }
        #expect(newest.isCached)

        let oneIndex = try #require(FileManager.default.attributesOfItem(atPath: workspace.cacheFolder + "/" + workspace.cachedFiles[0])[.size] as? NSNumber).intValue
        _ = try fill(IndexCache(folder: workspace.cacheFolder, capacity: 10, capacityBytes: 2 * oneIndex + oneIndex / 2), count: 4)
        #expect(workspace.cachedFiles.count == 2)
    }
}

extension IndexCacheTests {
    /// An index file's checksum is fed as the file is written, in pieces of any length; read
    /// back, it is computed over the whole file at once. Both must agree.
    @Test func theChecksumDoesNotDependOnHowTheBytesArePieced() {
        let bytes = (0..<1_000).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        var whole = ContentHash()
        bytes.withUnsafeBytes { whole.add($0) }
        for pieces in [[1, 7, 8, 9, 975], [3, 3, 3, 991], [500, 500], [999, 1]] {
            var pieced = ContentHash()
            var start = 0
            for length in pieces {
                bytes[start..<(start + length)].withUnsafeBytes { pieced.add($0) }
                start += length
            }
            #expect(pieced.value == whole.value, "\(pieces)")
        }
        var other = ContentHash()
        bytes.dropLast().withUnsafeBytes { other.add($0) }
        #expect(other.value != whole.value)
    }
}
