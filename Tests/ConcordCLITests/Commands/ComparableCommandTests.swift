import Foundation
import Testing

@Suite struct ComparableCommandTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func twoRunsGiveTheSameBytes() throws {
        // Each process hashes with its own seed: neither pairs nor scores may depend on it.
        let arguments = ["align", "--comparable", "--format", "jsonl", "Samples/commerce-ban/en.txt",
                         "Samples/commerce-ban/comparable/fr-report.txt", "Samples/commerce-ban/zh.txt"]
        let runs = try (0..<3).map { _ in try ConcordProcess.run(arguments, currentDirectory: Self.repository) }
        #expect(runs.allSatisfy { $0.status == 0 })
        #expect(!runs[0].standardOutput.isEmpty)
        #expect(Set(runs.map(\.standardOutput)).count == 1)
    }

    @Test func comparableArticlesGivePairsWithEvidenceAsJSONLines() throws {
        let result = try ConcordProcess.run(["align", "--comparable", "--format", "jsonl",
                                             "Samples/commerce-ban/en.txt", "Samples/commerce-ban/comparable/fr-report.txt"],
                                            currentDirectory: Self.repository)
        #expect(result.status == 0, "\(result.standardError)")
        let objects = try result.standardOutput.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects.count >= 12)
        for object in objects {
            for key in ["source_index", "target_index", "source_text", "target_text", "score", "evidence", "source_file", "target_file", "cluster"] {
                #expect(object[key] != nil, "\(key) missing")
            }
        }
        let gold = try String(contentsOf: Self.repository.appendingPathComponent("Samples/commerce-ban/comparable/en-fr.pairs"), encoding: .utf8)
            .split(separator: "\n").map { $0.split(separator: "\t").compactMap { Int($0) } }
        let found = objects.compactMap { object -> [Int]? in
            guard let s = object["source_index"] as? Int, let t = object["target_index"] as? Int else { return nil }
            return [s, t]
        }
        // The segmenter reproduces the hand-cut lines, so indexes are the gold's line numbers.
        #expect(Set(found).intersection(Set(gold)).count >= 12, "\(found)")
        #expect(result.errorLines.last?.contains("pairs in") == true)
    }

    @Test func articlesThatShareNothingSaySo() throws {
        let scratch = try ScratchFolder()
        _ = try scratch.file("a.txt", "Bread needs flour, water and salt. Knead the dough for ten minutes.\n")
        _ = try scratch.file("b.txt", "Les marées dépendent de la Lune. La mer monte deux fois par jour.\n")
        let result = try ConcordProcess.run(["align", "--comparable", "a.txt", "b.txt"], currentDirectory: scratch.url)
        #expect(result.status == 0)
        #expect(result.standardOutput.isEmpty)
        #expect(result.errorLines.last?.hasPrefix("concord: warning: no pairs") == true)
    }

    @Test func comparableOptionsAreChecked() throws {
        let en = "Samples/commerce-ban/en.txt", fr = "Samples/commerce-ban/fr.txt", zh = "Samples/commerce-ban/zh.txt"
        for arguments in [["align", en, fr, zh], ["align", "--comparable", "--format", "tmx", en, fr],
                          ["align", "--threshold", "0.5", en, fr], ["align", "--comparable", "--threshold", "2", en, fr],
                          ["align", "--comparable", en]] {
            let result = try ConcordProcess.run(arguments, currentDirectory: Self.repository)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.standardOutput.isEmpty)
            #expect(result.errorLines.count == 1, "\(result.standardError)")
        }
        let single = try ConcordProcess.run(["align", "--comparable", en], currentDirectory: Self.repository)
        #expect(single.standardError == "concord: error: Missing expected argument '<target>' (see 'concord align --help')\n")
        let missing = try ConcordProcess.run(["align", "--comparable", en, "no-such-file.txt"], currentDirectory: Self.repository)
        #expect(missing.status == 66)
        #expect(missing.errorLines.count == 1)
    }
}
