import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct AlignCommandTests {
    private func sample(_ path: String) -> String { ScratchFolder.samples.appendingPathComponent(path).path }

    @Test func alignsASampleAndSummarisesOnStandardError() throws {
        let result = try ConcordProcess.run(["align", sample("commerce-ban/en.txt"), sample("commerce-ban/zh.txt")])
        #expect(result.status == 0)
        let rows = result.standardOutput.split(separator: "\n")
        #expect(rows.count >= 40)
        #expect(rows.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 4 })
        #expect(rows.first?.hasPrefix("U.S. to Bar TikTok") == true)
        #expect(result.standardError.contains("(en, 46 segments)"))
        #expect(result.standardError.contains("(zh, 44 segments)"))
        #expect(result.standardError.contains(" 1-1 4"))
        #expect(!result.standardError.contains("warning"))
    }

    @Test func withoutALexiconFolderTheRunSaysOnceHowToInstallOne() throws {
        // ConcordProcess points CONCORD_LEXICONS at a folder that does not exist.
        let plain = try ConcordProcess.run(["align", sample("payment-apps/fr.txt"), sample("payment-apps/zh.txt")])
        #expect(plain.status == 0)
        let notes = plain.standardError.split(separator: "\n").filter { $0.contains("no dictionary for fr-zh") }
        #expect(notes.count == 1)
        #expect(notes.first?.contains(".ci/install-lexicons") == true)
        let without = try ConcordProcess.run(["align", "--no-lexicons", sample("payment-apps/fr.txt"), sample("payment-apps/zh.txt")])
        #expect(without.status == 0)
        #expect(!without.standardError.contains("no dictionary"))
    }

    @Test func aTabInsideASegmentDoesNotSplitItsTSVField() throws {
        let scratch = try ScratchFolder()
        let source = try scratch.file("en.txt", Array("The ban\tstarts on Sunday.\nTikTok will appeal.\n".utf8))
        let target = try scratch.file("fr.txt", Array("L'interdiction\tcommence dimanche.\nTikTok fera appel.\n".utf8))
        let result = try ConcordProcess.run(["align", "--presegmented", "--src-lang", "en", "--tgt-lang", "fr", source, target])
        #expect(result.status == 0)
        let rows = result.standardOutput.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0.count == 4 })
        #expect(rows.first?.prefix(2).map(String.init) == ["The ban starts on Sunday.", "L'interdiction commence dimanche."])
    }

    @Test func beadsFormatPartitionsBothFiles() throws {
        let result = try ConcordProcess.run(["align", "--presegmented", "--format", "beads",
                                             sample("payment-apps/en.lines.txt"), sample("payment-apps/fr.lines.txt")])
        #expect(result.status == 0)
        var source = 0, target = 0
        for line in result.standardOutput.split(separator: "\n") {
            let sides = line.split(separator: ":", omittingEmptySubsequences: false).map {
                $0.dropFirst().dropLast().split(separator: ",").compactMap { Int($0) }
            }
            try #require(sides.count == 2)
            #expect(sides[0] == Array(source..<source + sides[0].count))
            #expect(sides[1] == Array(target..<target + sides[1].count))
            source += sides[0].count
            target += sides[1].count
        }
        #expect(source == 38)
        #expect(target == 37)
    }

    @Test func jsonLinesCarryIndicesTextsAndPositions() throws {
        let result = try ConcordProcess.run(["align", "--format", "jsonl", sample("data-security/en.txt"), sample("data-security/fr.txt")])
        #expect(result.status == 0)
        let objects = try result.standardOutput.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let first = try #require(objects.first)
        let source = try #require(first["source"] as? [String: Any])
        #expect(source["indices"] as? [Int] == [0])
        #expect((source["start"] as? [String: Int])?["line"] == 1)
        #expect((first["target"] as? [String: Any])?["text"] as? String != nil)
        #expect(first["confidence"] as? Double != nil)
        #expect(first["shape"] as? String == "1-1")
    }

    @Test func tmxOutputIsWellFormedXMLWrittenAtomically() throws {
        let scratch = try ScratchFolder()
        let output = scratch.url.appendingPathComponent("out.tmx").path
        let result = try ConcordProcess.run(["align", "--format", "tmx", "--output", output,
                                             sample("payment-apps/en.txt"), sample("payment-apps/zh.txt")])
        #expect(result.status == 0)
        let data = try Data(contentsOf: URL(fileURLWithPath: output))
        let parser = XMLParser(data: data)
        #expect(parser.parse())
        #expect(String(decoding: data, as: UTF8.self).contains("<tuv xml:lang=\"zh\"><seg>"))
    }

    @Test func anEmptyTranslationGivesNullBeadsAndAWarning() throws {
        let scratch = try ScratchFolder()
        let empty = try scratch.file("empty.txt", "")
        let result = try ConcordProcess.run(["align", "--format", "beads", "--tgt-lang", "fr", sample("commerce-ban/en.txt"), empty])
        #expect(result.status == 0)
        let beads = result.standardOutput.split(separator: "\n")
        #expect(beads.count == 46)
        #expect(beads.allSatisfy { $0.hasSuffix(":[]") })
        #expect(result.standardError.contains("warning: \(empty): the file is empty"))
    }

    @Test func unrelatedDocumentsAreFlagged() throws {
        let result = try ConcordProcess.run(["align", sample("commerce-ban/en.txt"), sample("payment-apps/fr.txt")])
        #expect(result.status == 0)
        #expect(result.standardError.contains("do not look like translations"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func longInputsShowProgressOnATerminal() throws {
        let scratch = try ScratchFolder()
        let english = try scratch.file("en.txt", String(repeating: "The Commerce Department banned the app on September 20, 2020.\n", count: 3_000))
        let french = try scratch.file("fr.txt", String(repeating: "Le département du Commerce a interdit l'application le 20 septembre 2020.\n", count: 3_000))
        let command = [ConcordProcess.executable.path, "align", "--presegmented", "--format", "beads", "--src-lang", "en",
                       "--tgt-lang", "fr", english, french].map { "'\($0)'" }.joined(separator: " ")
        // `script` runs the command on a pseudo-terminal, as a person would.
        let result = try ConcordProcess.run(program: "/usr/bin/script", ["-qec", command + " > /dev/null", "/dev/null"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("aligning: first pass"))
        #expect(result.standardOutput.contains("aligning: second pass"))
    }

    @Test func twoRunsGiveTheSameBytes() throws {
        // Each process hashes with its own seed: the output must not depend on it.
        for (source, target) in [("data-security/fr.txt", "data-security/zh.txt"), ("commerce-ban/en.txt", "commerce-ban/zh.txt")] {
            let arguments = ["align", "--format", "jsonl", sample(source), sample(target)]
            let runs = try (0..<3).map { _ in try ConcordProcess.run(arguments) }
            #expect(runs.allSatisfy { $0.status == 0 })
            #expect(Set(runs.map(\.standardOutput)).count == 1, "\(source)")
            #expect(Set(runs.map(\.standardError)).count == 1, "\(source)")
        }
    }

    @Test func aLanguageThatDoesNotMatchTheFileIsReported() throws {
        let result = try ConcordProcess.run(["align", "--src-lang", "fr", sample("commerce-ban/en.txt"), sample("commerce-ban/fr.txt")])
        #expect(result.status == 0)
        #expect(result.standardError.contains("looks like English (en), not French (fr) as given"))
    }

    @Test func badInputIsOneLineAndNoOutputFile() throws {
        let scratch = try ScratchFolder()
        let bad = try scratch.file("bad.txt", [0x41, 0xC3])
        let output = scratch.url.appendingPathComponent("out.tsv").path
        let invalid = try ConcordProcess.run(["align", sample("commerce-ban/en.txt"), bad, "--output", output])
        #expect(invalid.status == 65)
        #expect(invalid.errorLines.count == 1)
        #expect(!FileManager.default.fileExists(atPath: output))
        let missing = try ConcordProcess.run(["align", "--presegmented", sample("commerce-ban/en.txt"), scratch.url.appendingPathComponent("nope").path])
        #expect(missing.status == 66)
        let directory = try ConcordProcess.run(["align", scratch.url.path, sample("commerce-ban/en.txt")])
        #expect(directory.status == 66)
        let usage = try ConcordProcess.run(["align", "--skip-cost", "-1", sample("commerce-ban/en.txt"), sample("commerce-ban/fr.txt")])
        #expect(usage.status == 64)
    }

    @Test func oneLineAgainstTenThousandFinishesQuickly() throws {
        let scratch = try ScratchFolder()
        let one = try scratch.file("one.txt", "TikTok was banned on September 20, 2020.\n")
        let many = try scratch.file("many.txt", String(repeating: "Le département du Commerce a interdit l'application le 20 septembre 2020.\n", count: 10_000))
        let result = try ConcordProcess.run(["align", "--presegmented", "--format", "beads", "--src-lang", "en", "--tgt-lang", "fr", one, many])
        #expect(result.status == 0)
        // Standard error is a pipe here: no progress line, however long the input.
        #expect(!result.standardError.contains("aligning"))
        let targetLines = result.standardOutput.split(separator: "\n").map { $0.split(separator: ":").last ?? "" }
            .reduce(0) { $0 + $1.split(separator: ",").count }
        #expect(targetLines == 10_000)
    }
}
