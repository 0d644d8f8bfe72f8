import Foundation
import Testing
@testable import ConcordText

/// Unicode's own test files (Debian `unicode-data`, Unicode 15.0, the version of ICU 72's
/// data) run through Concord's ICU layer. Known differences are asserted exactly, so a change
/// in either shows up.
@Suite struct UnicodeConformanceTests {
    static let auxiliary = "/usr/share/unicode/auxiliary"
    static let normalizationTest = "/usr/share/unicode/NormalizationTest.txt.bz2"
    static let hasBreakTests = FileManager.default.fileExists(atPath: "\(auxiliary)/SentenceBreakTest.txt")
    static let hasNormalizationTest = FileManager.default.fileExists(atPath: normalizationTest)
        && FileManager.default.isExecutableFile(atPath: "/usr/bin/bzcat")

    struct BreakCase {
        let line: Int
        let units: [UInt16]
        let boundaries: [Int]
    }

    /// Parses `÷ 0041 × 0308 ÷ # comment` lines into UTF-16 text and expected boundaries.
    static func breakCases(_ file: String) throws -> [BreakCase] {
        let text = try String(contentsOfFile: "\(auxiliary)/\(file)", encoding: .utf8)
        var cases: [BreakCase] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            guard content.contains("÷") else { continue }
            var units: [UInt16] = []
            var boundaries: [Int] = []
            for field in content.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                if field == "÷" {
                    if !units.isEmpty { boundaries.append(units.count) }
                } else if field != "×", let value = UInt32(field, radix: 16), let scalar = Unicode.Scalar(value) {
                    units.append(contentsOf: scalar.utf16)
                }
            }
            cases.append(BreakCase(line: number + 1, units: units, boundaries: boundaries))
        }
        return cases
    }

    static func failures(_ cases: [BreakCase], kind: BreakIterator.Kind, locale: String) throws -> [BreakCase] {
        let iterator = try BreakIterator(kind, locale: locale)
        return try cases.filter { testCase in
            var found: [Int] = []
            try testCase.units.withUnsafeBufferPointer { buffer in
                try iterator.forEachBoundary(in: buffer) { boundary, _ in found.append(boundary) }
            }
            return found != testCase.boundaries
        }
    }

    @Test(.enabled(if: hasBreakTests))
    func sentenceBreakTestPassesCompletely() throws {
        let cases = try Self.breakCases("SentenceBreakTest.txt")
        #expect(cases.count == 502)
        #expect(try Self.failures(cases, kind: .sentence, locale: "root").isEmpty)
    }

    @Test(.enabled(if: hasBreakTests))
    func wordBreakTestPassesInSwedishAndRootDiffersOnlyAtColons() throws {
        let cases = try Self.breakCases("WordBreakTest.txt")
        #expect(cases.count == 1823)
        #expect(try Self.failures(cases, kind: .word, locale: "sv").isEmpty)
        // Root and English tailor U+003A COLON (and U+FE13, U+FE55) as a word separator, which
        // UAX #29 treats as MidLetter: exactly 15 cases.
        let rootFailures = try Self.failures(cases, kind: .word, locale: "root")
        #expect(rootFailures.count == 15)
        let colons: Set<UInt16> = [0x3A, 0xFE13, 0xFE55]
        #expect(rootFailures.allSatisfy { $0.units.contains(where: colons.contains) })
    }

    @Test(.enabled(if: hasBreakTests))
    func graphemeBreakTestPassesCompletely() throws {
        let cases = try Self.breakCases("GraphemeBreakTest.txt")
        #expect(cases.count == 602)
        #expect(try Self.failures(cases, kind: .character, locale: "root").isEmpty)
    }

    @Test(.enabled(if: hasNormalizationTest))
    func normalizationTestPassesCompletely() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/bzcat")
        process.arguments = [Self.normalizationTest]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)

        let forms = try [Normalizer(.nfc), Normalizer(.nfd), Normalizer(.nfkc), Normalizer(.nfkd)]
        var checked = 0
        var failed: [Int] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let first = line.first, first != "#", first != "@" else { continue }
            let columns = line.split(separator: ";", omittingEmptySubsequences: false).prefix(5).map { column in
                column.split(separator: " ").flatMap { Unicode.Scalar(UInt32($0, radix: 16)!)!.utf16 }
            }
            guard columns.count == 5 else { continue }
            // NFC(c1) = c2, NFD(c1) = c3, NFKC(c1) = c4, NFKD(c1) = c5 (the file's own invariants).
            let results = try forms.map { form in try columns[0].withUnsafeBufferPointer { try form.normalize($0) } }
            if results != [columns[1], columns[2], columns[3], columns[4]] { failed.append(number + 1) }
            checked += 1
        }
        #expect(checked == 19_074)
        #expect(failed.isEmpty, "lines \(failed.prefix(10))")
    }
}
