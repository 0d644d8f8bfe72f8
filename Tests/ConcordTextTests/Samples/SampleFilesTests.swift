import Foundation
import Testing
import ConcordText

/// The shipped Samples are test data for the segmenter, the aligner and the name audit, so they
/// are checked themselves: the gold alignments are well-formed partitions of the hand-made
/// sentence lines, every text file is clean UTF-8 with LF line ends in the language its name
/// claims, and the planted-variant table in `Samples/README.md` points at the right places.
@Suite struct SampleFilesTests {
    static let samples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Samples")

    static func path(_ relative: String) -> String { samples.appendingPathComponent(relative).path }

    /// Every file under Samples, relative to it (`commerce-ban/en.txt`), sorted.
    static let allFiles: [String] = {
        let enumerator = FileManager.default.enumerator(atPath: samples.path)
        var files: [String] = []
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path(relative), isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(relative)
            }
        }
        return files.sorted()
    }()

    static let textFiles = allFiles.filter { $0.hasSuffix(".txt") }
    static let goldFiles = allFiles.filter { $0.hasSuffix(".gold") }
    /// Story folders: those with hand-made sentence lines.
    /// Folders holding a story's translations (`commerce-ban/en.lines.txt`); `reports/` holds other outlets' reports of them.
    static let stories = Set(allFiles.filter { $0.hasSuffix("/en.lines.txt") && $0.split(separator: "/").count == 2 }
        .map { String($0.split(separator: "/")[0]) }).sorted()

    static let languages: [String: Language] = ["en": .english, "fr": .french, "zh": .chinese]

    /// The language a file name claims: `en.txt`, `en.lines.txt`, `en-mt.txt` → English.
    static func claimedLanguage(_ relative: String) -> Language? {
        let name = relative.split(separator: "/").last.map(String.init) ?? relative
        return languages[String(name.prefix { $0 != "." && $0 != "-" })]
    }

    // MARK: - Inventory

    @Test func samplesAreThere() {
        #expect(Self.stories.count >= 3, "story folders found: \(Self.stories)")
        #expect(Self.textFiles.count >= 20, "text files found: \(Self.textFiles)")
        #expect(Self.goldFiles.count >= 9, "gold files found: \(Self.goldFiles)")
        for noisy in ["noisy/en-mt.txt", "noisy/fr-mt.txt"] {
            #expect(Self.textFiles.contains(noisy), "\(noisy) is missing")
        }
    }

    @Test(arguments: stories)
    func storyHasAllItsFiles(_ story: String) {
        for language in ["en", "fr", "zh"] {
            for file in ["\(language).txt", "\(language).lines.txt"] {
                #expect(Self.allFiles.contains("\(story)/\(file)"), "\(story)/\(file) is missing")
            }
        }
        for pair in ["en-fr", "en-zh", "fr-zh"] {
            #expect(Self.goldFiles.contains("\(story)/\(pair).gold"), "\(story)/\(pair).gold is missing")
        }
    }

    // MARK: - Gold alignments

    @Test(arguments: goldFiles)
    func goldFileIsAPartitionOfBothSides(_ gold: String) throws {
        let parts = gold.split(separator: "/")
        let stem = try #require(parts.last?.split(separator: ".").first, "\(gold): no file name")
        let pair = stem.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        try #require(pair.count == 2 && pair.allSatisfy { Self.languages[$0] != nil } && pair[0] != pair[1],
                     "\(gold): the name should be <source>-<target>.gold with two of en, fr, zh")
        let folder = parts.dropLast().joined(separator: "/")
        let sourceFile = "\(folder)/\(pair[0]).lines.txt", targetFile = "\(folder)/\(pair[1]).lines.txt"
        let sourceLines = try TextDocument.read(path: Self.path(sourceFile)).lines.count
        let targetLines = try TextDocument.read(path: Self.path(targetFile)).lines.count

        let text = try TextDocument.read(path: Self.path(gold)).text
        let beads = try BeadFile.parse(text, file: gold)
        let problems = BeadFile.partitionProblems(
            beads, file: gold,
            source: (name: sourceFile, lineCount: sourceLines),
            target: (name: targetFile, lineCount: targetLines))
        for problem in problems {
            Issue.record(Comment(rawValue: problem))
        }
        #expect(!beads.isEmpty, "\(gold): no beads")
    }

    /// The parser and the partition check are themselves able to fail, with the file and line named.
    @Test(arguments: [
        "[0]:[0", "[0]:[0] ", " [0]:[0]", "[0] :[0]", "[0]: [0]", "[a]:[0]", "[0,]:[0]", "[,0]:[0]",
        "[01]:[1]", "[0]-[0]", "[0]:[0]:[1]", "0:0", "[0];[0]", "[0,,1]:[0]", "[0]:[0]\r", "[０]:[0]", "",
    ])
    func malformedBeadIsRejected(_ bead: String) {
        let text = "[0]:[0]\n\(bead)\n[2]:[2]\n"
        do {
            let beads = try BeadFile.parse(text, file: "x/en-fr.gold")
            Issue.record("\(bead.debugDescription) was accepted as \(beads)")
        } catch {
            #expect(error.file == "x/en-fr.gold" && error.line == 2, "\(error)")
            #expect(error.description.hasPrefix("x/en-fr.gold:2: "), "\(error)")
        }
    }

    @Test func wellFormedBeadsParse() throws {
        let beads = try BeadFile.parse("[0]:[0]\n[1,2]:[1]\n[3]:[]\n[]:[2]\n[4]:[3,4]\n", file: "g")
        #expect(beads.map(\.source) == [[0], [1, 2], [3], [], [4]])
        #expect(beads.map(\.target) == [[0], [1], [], [2], [3, 4]])
        #expect(beads.map(\.line) == [1, 2, 3, 4, 5])
        #expect(BeadFile.partitionProblems(beads, file: "g", source: ("s", 5), target: ("t", 5)).isEmpty)
    }

    @Test func fileWithoutFinalLineEndOrWithBlankLineIsRejected() {
        #expect(throws: BeadFile.FormatError.self) { try BeadFile.parse("[0]:[0]\n[1]:[1]", file: "g") }
        #expect(throws: BeadFile.FormatError.self) { try BeadFile.parse("[0]:[0]\n\n[1]:[1]\n", file: "g") }
        #expect(throws: BeadFile.FormatError.self) { try BeadFile.parse("", file: "g") }
    }

    @Test func brokenPartitionsAreReported() throws {
        func problems(_ text: String, _ sourceCount: Int = 3, _ targetCount: Int = 3) throws -> [String] {
            BeadFile.partitionProblems(try BeadFile.parse(text, file: "g"), file: "g",
                                       source: ("s", sourceCount), target: ("t", targetCount))
        }
        // A missing line, a line aligned twice, an empty bead, lines out of order, an index
        // past the end, and a short target side.
        let missing = try problems("[0]:[0]\n[2]:[1,2]\n")
        #expect(missing.contains { $0.hasPrefix("g:2: ") }, "\(missing)")
        #expect(missing.contains { $0.contains("line 1 of s") }, "\(missing)")
        let twice = try problems("[0]:[0]\n[1]:[1]\n[1,2]:[2]\n")
        #expect(twice.contains { $0.contains("line 1 of s") && $0.contains("2 beads") }, "\(twice)")
        let empty = try problems("[0]:[0]\n[]:[]\n[1,2]:[1,2]\n")
        #expect(empty == ["g:2: empty bead []:[]"])
        let swapped = try problems("[0]:[0]\n[2]:[1]\n[1]:[2]\n")
        #expect(swapped.contains { $0.hasPrefix("g:2: ") } && swapped.contains { $0.hasPrefix("g:3: ") }, "\(swapped)")
        let unordered = try problems("[0]:[0]\n[2,1]:[1,2]\n")
        #expect(unordered.contains { $0.hasPrefix("g:2: ") }, "\(unordered)")
        let past = try problems("[0]:[0]\n[1,2,3]:[1,2]\n")
        #expect(past.contains { $0.hasPrefix("g:2: ") && $0.contains("3 lines") }, "\(past)")
        let short = try problems("[0]:[0]\n[1,2]:[1]\n")
        #expect(short == ["g: line 2 of t is in no bead"])
    }

    // MARK: - Text files

    @Test(arguments: textFiles)
    func textFileIsUTF8WithLFInTheClaimedLanguage(_ relative: String) throws {
        // Throws, naming the file, line and byte offset, on invalid UTF-8 or binary content.
        let document = try TextDocument.read(path: Self.path(relative))
        #expect(document.encoding == .utf8 || document.encoding == .utf8WithBOM,
                "\(relative) is \(document.encoding.rawValue), not UTF-8")
        #expect(!document.isBlank, "\(relative) is blank")
        if let cr = document.units.firstIndex(of: 0x0D) {
            let position = document.positionMapper().position(at: cr)
            Issue.record("\(relative):\(position.line): CR line end (only LF is allowed)")
        }
        let claimed = try #require(Self.claimedLanguage(relative),
                                   "\(relative): the name does not start with en, fr or zh")
        do {
            let detected = try LanguageDetector().detect(document)
            #expect(detected == claimed, "\(relative) is detected as \(detected.name), its name says \(claimed.name)")
        } catch {
            Issue.record("\(relative): language not detected (\(error)); its name says \(claimed.name)")
        }
    }

    // MARK: - Planted name variants

    static let plantedTable: Result<[PlantedVariant], PlantedVariant.TableError> = {
        do throws(PlantedVariant.TableError) {
            let readme: String
            do { readme = try TextDocument.read(path: path("README.md")).text } catch {
                throw PlantedVariant.TableError(line: 0, reason: "\(error)")
            }
            return .success(try PlantedVariant.parseTable(readme))
        } catch {
            return .failure(error)
        }
    }()

    static var plantedVariants: [PlantedVariant] { (try? plantedTable.get()) ?? [] }

    @Test func plantedVariantTableParsesAndIsComplete() throws {
        let rows = try Self.plantedTable.get()
        #expect(rows.count >= 12, "only \(rows.count) planted variants in Samples/README.md")
        let places = rows.map { "\($0.file) \($0.line):\($0.column)" }
        #expect(Set(places).count == places.count, "two rows point at the same place: \(places)")
    }

    @Test func plantedVariantTableParserRejectsBadRows() {
        let good = "| `noisy/en-mt.txt` | 3:237 | `Wang Wang Yi` | `Wang Yi` | duplicated token |"
        let header = "## Planted name variants\n\n| file | line:column | as written | correct form | kind |\n|---|---|---|---|---|\n"
        #expect(throws: Never.self) { try PlantedVariant.parseTable(header + good + "\n") }
        for bad in [
            "| `noisy/en-mt.txt` | 3-237 | `Wang Wang Yi` | `Wang Yi` | duplicated token |",
            "| `noisy/en-mt.txt` | 3:237 | Wang Wang Yi | `Wang Yi` | duplicated token |",
            "| `noisy/en-mt.txt` | 3:237 | `Wang Wang Yi` junk | `Wang Yi` | duplicated token |",
            "| `noisy/en-mt.txt` | 3:0 | `Wang Wang Yi` | `Wang Yi` | duplicated token |",
            "| `noisy/en-mt.txt` | 3:237 | `Wang Wang Yi` | `Wang Yi` |",
            "| noisy/en-mt.txt | 3:237 | `Wang Wang Yi` | `Wang Yi` | duplicated token |",
        ] {
            #expect(throws: PlantedVariant.TableError.self, "\(bad)") { try PlantedVariant.parseTable(header + bad + "\n") }
        }
        #expect(throws: PlantedVariant.TableError.self) { try PlantedVariant.parseTable("# no such section\n") }
    }

    @Test(arguments: plantedVariants)
    func plantedVariantIsWhereTheTableSays(_ row: PlantedVariant) throws {
        let place = "\(row.file):\(row.line):\(row.column)"
        #expect(row.variant != row.correct, "README.md:\(row.readmeLine): the variant is the correct form")
        for scalar in row.noteScalars {
            let digits = String(scalar.value, radix: 16, uppercase: true)
            let hex = String(repeating: "0", count: max(0, 4 - digits.count)) + digits
            #expect(row.variant.unicodeScalars.contains(scalar),
                    "README.md:\(row.readmeLine): the note names U+\(hex), which `\(row.variant)` lacks")
        }

        let document = try TextDocument.read(path: Self.path(row.file))
        try #require(row.line <= document.lines.count,
                     "\(place): \(row.file) has only \(document.lines.count) lines")
        let lineRange = document.lines.contentRange(ofLine: row.line - 1)
        let lineText = document.text(in: lineRange)

        // The text at the table's column (counted in Characters) starts with the variant,
        // scalar for scalar (so a homoglyph must be the very letter the table shows).
        let characters = Array(lineText)
        try #require(row.column <= characters.count,
                     "\(place): line \(row.line) has only \(characters.count) characters")
        let atColumn = String(characters[(row.column - 1)...])
        let startsWithVariant = atColumn.unicodeScalars.starts(with: row.variant.unicodeScalars)
        #expect(startsWithVariant, "\(place) reads `\(atColumn.prefix(row.variant.count + 5))…`, not `\(row.variant)`")

        // Concord's own position mapping of the variant's first occurrence on that line.
        let pattern = Array(row.variant.utf16)
        let onLine = Self.occurrences(of: pattern, in: document.units, within: lineRange)
        let first = try #require(onLine.first, "\(place): `\(row.variant)` is not on line \(row.line)")
        let position = document.positionMapper().position(at: first)
        #expect(position == TextPosition(line: row.line, column: row.column),
                "\(row.file): PositionMapper puts `\(row.variant)` at \(position), the table says \(row.line):\(row.column)")

        let everywhere = Self.occurrences(of: pattern, in: document.units, within: 0..<document.units.count)
        #expect(everywhere.count == 1, "\(row.file): `\(row.variant)` occurs \(everywhere.count) times, not exactly once")
    }

    /// UTF-16 offsets in `range` where `pattern` starts (overlapping matches count), compared unit
    /// for unit.
    static func occurrences(of pattern: [UInt16], in units: [UInt16], within range: Range<Int>) -> [Int] {
        guard !pattern.isEmpty, range.count >= pattern.count else { return [] }
        return (range.lowerBound...(range.upperBound - pattern.count)).filter {
            units[$0..<$0 + pattern.count].elementsEqual(pattern)
        }
    }
}

// MARK: - Bead format

/// A strict reader for the gold alignment format: one bead per line, `[0]:[0]`, `[1,2]:[1]`,
/// `[3]:[]`, `[]:[4]`; decimal 0-based line numbers, no spaces, LF after every bead.
enum BeadFile {
    struct Bead: Equatable, Sendable, CustomStringConvertible {
        var source: [Int]
        var target: [Int]
        /// 1-based line of the gold file.
        var line: Int
        var description: String { "[\(list(source))]:[\(list(target))]" }
        private func list(_ indices: [Int]) -> String { indices.map(String.init).joined(separator: ",") }
    }

    struct FormatError: Error, CustomStringConvertible {
        let file: String
        let line: Int
        let reason: String
        var description: String { "\(file):\(line): \(reason)" }
    }

    static func parse(_ text: String, file: String) throws(FormatError) -> [Bead] {
        guard !text.isEmpty else { throw FormatError(file: file, line: 1, reason: "empty file") }
        // Split on LF bytes only, so that a CR (or a CR LF, which is one Character) stays
        // inside its line and is rejected there.
        var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard lines.removeLast().isEmpty else {
            throw FormatError(file: file, line: lines.count + 1, reason: "no line end after the last bead")
        }
        var beads: [Bead] = []
        for (index, line) in lines.enumerated() {
            beads.append(try parseBead(Array(line), file: file, line: index + 1))
        }
        return beads
    }

    private static func parseBead(_ bytes: [UInt8], file: String, line: Int) throws(FormatError) -> Bead {
        let shown = String(decoding: bytes, as: UTF8.self).debugDescription
        var position = 0
        func fail(_ what: String) -> FormatError {
            FormatError(file: file, line: line, reason: "malformed bead \(shown): \(what) at byte \(position + 1)")
        }
        func expect(_ byte: UInt8) throws(FormatError) {
            guard position < bytes.count, bytes[position] == byte else {
                throw fail("expected '\(Character(Unicode.Scalar(byte)))'")
            }
            position += 1
        }
        func side() throws(FormatError) -> [Int] {
            try expect(UInt8(ascii: "["))
            var indices: [Int] = []
            if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
                position += 1
                return indices
            }
            while true {
                let start = position
                while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
                    position += 1
                }
                let digits = bytes[start..<position]
                guard !digits.isEmpty else { throw fail("expected a line number") }
                guard digits.count == 1 || digits.first != UInt8(ascii: "0") else { throw fail("leading zero") }
                guard digits.count <= 9 else { throw fail("line number too large") }
                indices.append(digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) })
                guard position < bytes.count else { throw fail("expected ',' or ']'") }
                if bytes[position] == UInt8(ascii: "]") {
                    position += 1
                    return indices
                }
                guard bytes[position] == UInt8(ascii: ",") else { throw fail("expected ',' or ']'") }
                position += 1
            }
        }
        let source = try side()
        try expect(UInt8(ascii: ":"))
        let target = try side()
        guard position == bytes.count else { throw fail("unexpected text after the bead") }
        return Bead(source: source, target: target, line: line)
    }

    /// Everything that keeps `beads` from being a monotone partition of both sides: empty beads,
    /// indices out of order or out of range, lines in no bead or in several. Each message names
    /// the gold file (and the bead's line where there is one).
    static func partitionProblems(_ beads: [Bead], file: String,
                                  source: (name: String, lineCount: Int),
                                  target: (name: String, lineCount: Int)) -> [String] {
        var problems: [String] = []
        var next = (source: 0, target: 0)
        var uses = (source: [Int](repeating: 0, count: source.lineCount),
                    target: [Int](repeating: 0, count: target.lineCount))

        func check(_ indices: [Int], side: String, of sideFile: (name: String, lineCount: Int),
                   next: inout Int, uses: inout [Int], bead: Bead) {
            guard let first = indices.first, let last = indices.last else { return }
            if indices != Array(first..<first + indices.count) {
                problems.append("\(file):\(bead.line): \(side) side of \(bead) is not consecutive ascending lines")
            }
            if first != next {
                problems.append("\(file):\(bead.line): \(side) side of \(bead) should start at line \(next) of \(sideFile.name) (beads out of order, or lines skipped)")
            }
            next = max(next, last + 1)
            for index in indices {
                if index < sideFile.lineCount {
                    uses[index] += 1
                } else {
                    problems.append("\(file):\(bead.line): \(bead) names line \(index), but \(sideFile.name) has \(sideFile.lineCount) lines")
                }
            }
        }

        for bead in beads {
            if bead.source.isEmpty && bead.target.isEmpty {
                problems.append("\(file):\(bead.line): empty bead []:[]")
            }
            check(bead.source, side: "source", of: source, next: &next.source, uses: &uses.source, bead: bead)
            check(bead.target, side: "target", of: target, next: &next.target, uses: &uses.target, bead: bead)
        }
        for (name, counts) in [(source.name, uses.source), (target.name, uses.target)] {
            for (index, count) in counts.enumerated() where count != 1 {
                problems.append(count == 0 ? "\(file): line \(index) of \(name) is in no bead"
                                           : "\(file): line \(index) of \(name) is in \(count) beads")
            }
        }
        return problems
    }
}

// MARK: - Planted-variant table

/// A row of the "Planted name variants" table of `Samples/README.md`.
struct PlantedVariant: Sendable, CustomTestStringConvertible {
    /// Relative to Samples, e.g. `noisy/en-mt.txt`.
    let file: String
    let line: Int
    let column: Int
    let variant: String
    let correct: String
    let kind: String
    /// Code points named as `U+XXXX` in the note after the variant.
    let noteScalars: [Unicode.Scalar]
    /// 1-based line of the row in the README.
    let readmeLine: Int

    var testDescription: String { "\(file) \(line):\(column) `\(variant)`" }

    struct TableError: Error, CustomStringConvertible {
        let line: Int
        let reason: String
        var description: String { "Samples/README.md:\(line): \(reason)" }
    }

    static let heading = "## Planted name variants"
    static let header = ["file", "line:column", "as written", "correct form", "kind"]

    static func parseTable(_ readme: String) throws(TableError) -> [PlantedVariant] {
        let lines = readme.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        // The heading may go on, as in "## Planted name variants (`noisy/`)".
        guard let headingIndex = lines.firstIndex(where: { $0 == heading || $0.hasPrefix(heading + " ") }) else {
            throw TableError(line: 0, reason: "no section \"\(heading)\"")
        }
        var index = headingIndex + 1
        // The table is the first block of `|` lines in the section.
        while index < lines.count, !lines[index].hasPrefix("|"), !lines[index].hasPrefix("## ") { index += 1 }
        guard index + 1 < lines.count, lines[index].hasPrefix("|") else {
            throw TableError(line: headingIndex + 1, reason: "no table in \"\(heading)\"")
        }
        let headerCells = try cells(lines[index], line: index + 1, count: header.count)
        guard headerCells == header else {
            throw TableError(line: index + 1, reason: "table header is \(headerCells), expected \(header)")
        }
        let separator = try cells(lines[index + 1], line: index + 2, count: header.count)
        guard separator.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0 == "-" || $0 == ":" } }) else {
            throw TableError(line: index + 2, reason: "expected the |---| row under the header")
        }
        var rows: [PlantedVariant] = []
        index += 2
        while index < lines.count, lines[index].hasPrefix("|") {
            rows.append(try row(lines[index], line: index + 1))
            index += 1
        }
        return rows
    }

    private static func cells(_ text: Substring, line: Int, count: Int) throws(TableError) -> [String] {
        let parts = text.split(separator: "|", omittingEmptySubsequences: false)
        guard parts.count == count + 2, parts.first?.isEmpty == true,
              parts.last?.trimmingCharacters(in: .whitespaces).isEmpty == true else {
            throw TableError(line: line, reason: "expected \(count) cells between | … |: \(text)")
        }
        return parts.dropFirst().dropLast().map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// Splits "`text` rest" into the backticked text and what follows it.
    private static func backticked(_ cell: String, line: Int, column: String) throws(TableError) -> (text: String, rest: String) {
        guard cell.first == "`", let close = cell.dropFirst().firstIndex(of: "`") else {
            throw TableError(line: line, reason: "\(column) should be `backticked`: \(cell)")
        }
        let text = String(cell[cell.index(after: cell.startIndex)..<close])
        guard !text.isEmpty else { throw TableError(line: line, reason: "\(column) is empty") }
        return (text, cell[cell.index(after: close)...].trimmingCharacters(in: .whitespaces))
    }

    private static func row(_ text: Substring, line: Int) throws(TableError) -> PlantedVariant {
        let cells = try cells(text, line: line, count: header.count)
        let file = try backticked(cells[0], line: line, column: "file")
        guard file.rest.isEmpty else { throw TableError(line: line, reason: "text after the file name: \(cells[0])") }

        let place = cells[1].split(separator: ":", omittingEmptySubsequences: false)
        guard place.count == 2, place.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let lineNumber = Int(place[0]), let column = Int(place[1]), lineNumber >= 1, column >= 1 else {
            throw TableError(line: line, reason: "line:column should be two numbers from 1, like 3:237: \(cells[1])")
        }

        let written = try backticked(cells[2], line: line, column: "as written")
        var noteScalars: [Unicode.Scalar] = []
        if !written.rest.isEmpty {
            guard written.rest.first == "(", written.rest.last == ")" else {
                throw TableError(line: line, reason: "after the variant only a (note) may follow: \(cells[2])")
            }
            // Code points named in the note, as U+XXXX.
            for word in written.rest.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "+" })
            where word.hasPrefix("U+") {
                guard let value = UInt32(word.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(value) else {
                    throw TableError(line: line, reason: "bad code point \(word) in \(cells[2])")
                }
                noteScalars.append(scalar)
            }
        }
        let correct = try backticked(cells[3], line: line, column: "correct form")
        guard correct.rest.isEmpty else { throw TableError(line: line, reason: "text after the correct form: \(cells[3])") }
        guard !cells[4].isEmpty else { throw TableError(line: line, reason: "kind is empty") }

        return PlantedVariant(file: file.text, line: lineNumber, column: column, variant: written.text,
                              correct: correct.text, kind: cells[4], noteScalars: noteScalars, readmeLine: line)
    }
}
