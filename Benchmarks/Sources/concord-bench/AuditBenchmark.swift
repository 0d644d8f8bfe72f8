import ConcordAudit
import ConcordGlossary
import ConcordText
import Foundation

/// Times the audit against a large generated glossary at two sizes of English text
/// (bible-dev, with names from the glossary planted in it, some misspelt): the first run, which
/// reads, checks and indexes the glossary and saves the index in the index cache, and later
/// runs, which read the index from the cache. Each measurement runs in a fresh child process,
/// as `concord audit` would, so its time and peak memory are its own.
///
///   concord-bench audit [--data ../shared/eval]
enum AuditBenchmark {
    static let sizes = [1, 2]
    static let conceptCount = 100_000
    static let laterRuns = 3

    static func runAll(data: String) {
        let file = data + "/bible-dev/bible-en-fr-dev/src.en.txt"
        guard FileManager.default.fileExists(atPath: file) else {
            emit("\(file) not found (pass --data DIR)")
            return
        }
        let folders = sizes.map { FileManager.default.temporaryDirectory.appendingPathComponent("concord-audit-bench-\(getpid())-\($0)") }
        defer { for folder in folders { try? FileManager.default.removeItem(at: folder) } }
        emit("Concord audit — release build, \(conceptCount) generated concepts (EN/FR/ZH names, 10 % with a listed misspelling) in a TSV file, English text with planted names")
        emit("")
        emit("First run: read and check the glossary file (load), build the index and save it to the index cache, audit")
        emit("    text  concepts   load  index build + save  audit  first run  findings  peak RSS")
        for (size, folder) in zip(sizes, folders) {
            Measurement.inChildProcess(["audit-first", String(size), String(conceptCount), file, folder.path])
        }
        emit("")
        emit("Later runs (glossary unchanged), each in a fresh process: read the index from the cache, audit")
        emit("    text  concepts  index from cache  audit  MB/s  later run  findings  peak RSS")
        for folder in folders {
            for _ in 0..<laterRuns { Measurement.inChildProcess(["audit-later", folder.path]) }
        }
    }

    /// The first run on freshly written files in `folder`; the audit is timed again (best of 3)
    /// on the index built.
    static func runFirst(megabytes: Int, concepts: Int, file: String, folder: URL) {
        do {
            let (table, text) = try writeFiles(megabytes: megabytes, concepts: concepts, carrier: file, to: folder)
            let cache = IndexCache(folder: folder.appendingPathComponent("cache").path)
            var load = 0.0
            var entry: IndexCache.Entry?
            let index = try Measurement.best(of: 1) {
                entry = try cache.index(files: [table]) { () throws(GlossaryError) in
                    let start = DispatchTime.now().uptimeNanoseconds
                    let (glossary, problems) = try GlossaryLoader.read(paths: [table])
                    load = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                    return (glossary, problems)
                }
            }
            let document = TextDocument(name: "bench", text: text)
            var findings = 0
            let firstAudit = try Measurement.best(of: 1) { findings = try Auditor(index: entry!.index).audit(document, language: .english).count }
            let audit = try Measurement.best(of: 3) { findings = try Auditor(index: entry!.index).audit(document, language: .english).count }
            let size = Double(text.utf8.count) / 1_048_576
            emit(String(format: "%5.2f MB  %8d  %5.2f s  %16.2f s  %5.2f s  %7.2f s  %8d  %6.0f MB",
                        size, concepts, load, index - load, audit, index + firstAudit, findings, Measurement.peakMemoryMB()))
        } catch {
            emit("audit benchmark: \(error)")
        }
    }

    /// A later run on the files and index cache that ``runFirst`` left in `folder`.
    static func runLater(folder: URL) {
        do {
            let table = folder.appendingPathComponent("generated.tsv").path
            let cache = IndexCache(folder: folder.appendingPathComponent("cache").path)
            var entry: IndexCache.Entry?
            let read = try Measurement.best(of: 1) {
                entry = try cache.index(files: [table]) { () throws(GlossaryError) in throw GlossaryError("the index should come from the cache") }
            }
            let document = try TextDocument.read(path: folder.appendingPathComponent("text.txt").path)
            var findings = 0
            let audit = try Measurement.best(of: 1) { findings = try Auditor(index: entry!.index).audit(document, language: .english).count }
            let size = Double(document.text.utf8.count) / 1_048_576
            emit(String(format: "%5.2f MB  %8d  %14.2f s  %5.2f s  %4.2f  %7.2f s  %8d  %6.0f MB",
                        size, entry!.index.conceptCount, read, audit, size / audit, read + audit, findings, Measurement.peakMemoryMB()))
        } catch {
            emit("audit benchmark: \(error)")
        }
    }

    /// Writes the generated glossary (`generated.tsv`) and the planted text (`text.txt`) into
    /// `folder`, so that `concord audit` can be timed on them from the shell:
    ///
    ///   concord-bench audit-files 1 100000 FOLDER
    ///   time concord audit --glossary FOLDER/generated.tsv FOLDER/text.txt > /dev/null
    @discardableResult
    static func writeFiles(megabytes: Int, concepts: Int, carrier: String, to folder: URL) throws -> (table: String, text: String) {
        var generator = VariantGenerator(seed: 42)
        let generated = generatedGlossary(concepts, generator: &generator)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let table = folder.appendingPathComponent("generated.tsv").path
        try GlossaryTableWriter(format: .tsv).table(generated).write(toFile: table, atomically: true, encoding: .utf8)
        let text = try plantedText(megabytes: megabytes, carrier: String(contentsOfFile: carrier, encoding: .utf8), glossary: generated, generator: &generator)
        try text.write(to: folder.appendingPathComponent("text.txt"), atomically: true, encoding: .utf8)
        return (table, text)
    }

    private static let consonants = Array("bcdfghjklmnprstvz")
    private static let vowels = Array("aeiou")
    private static let hanSyllables = Array("阿巴达卡拉马纳帕萨塔瓦扎贝德费格赫基科勒梅内佩雷塞特韦泽比迪菲吉希利米尼皮里西蒂维齐博多戈霍洛莫诺波罗索托沃佐布杜古胡库卢穆努普鲁苏图")

    /// Names made of random syllables (`Kavimo Tarendel`), with a French term, a Chinese
    /// transliteration and, for one concept in ten, a listed misspelling. Names, Chinese forms
    /// and misspellings are drawn again until they are unique, so that the glossary passes
    /// `concord glossary validate` as a real one must.
    static func generatedGlossary(_ count: Int, generator: inout VariantGenerator) -> Glossary {
        let en = LanguageTag(.english), fr = LanguageTag(.french), zh = LanguageTag(.chinese)
        let types: [ConceptType] = [.person, .organization, .product, .place]
        var concepts: [Concept] = []
        concepts.reserveCapacity(count)
        var acceptable = Set<String>(), misspelt = Set<String>(), hanNames = Set<String>()
        for number in 0..<count {
            var words: [String], name: String
            repeat {
                words = (0..<(1 + generator.nextInt(3))).map { _ in
                    String((0..<(2 + generator.nextInt(2))).flatMap { _ in [consonants[generator.nextInt(consonants.count)], vowels[generator.nextInt(vowels.count)]] }).capitalized
                }
                name = words.joined(separator: " ")
            } while acceptable.contains(name.lowercased()) || misspelt.contains(name.lowercased()) || misspelt.contains(words.last!.lowercased())
            var han: String
            repeat {
                han = String((0..<(2 + generator.nextInt(3))).map { _ in hanSyllables[generator.nextInt(hanSyllables.count)] })
            } while !hanNames.insert(han).inserted
            acceptable.insert(name.lowercased())
            var terms = [Term(name, language: en, status: .preferred), Term(name, language: fr, status: .preferred), Term(han, language: zh, status: .preferred)]
            if words.count > 1 {
                terms.append(Term(words.last!, language: en, status: .admitted))
                acceptable.insert(words.last!.lowercased())
            }
            if number % 10 == 0, let variant = generator.variant(of: name, kind: .vowel), !acceptable.contains(variant.lowercased()) {
                terms.append(Term(variant, language: en, status: .misspelling))
                misspelt.insert(variant.lowercased())
            }
            concepts.append(Concept(id: "c\(number)", type: types[number % types.count], terms: terms))
        }
        return Glossary(concepts: concepts)
    }

    /// Carrier text repeated to the size, with a glossary name after every 40th word, one in
    /// four of them misspelt.
    static func plantedText(megabytes: Int, carrier: String, glossary: Glossary, generator: inout VariantGenerator) throws -> String {
        let target = megabytes << 20
        var output = ""
        output.reserveCapacity(target + 4096)
        var wordCount = 0
        while output.utf8.count < target {
            for line in carrier.split(separator: "\n") {
                var words: [Substring] = []
                for word in line.split(separator: " ") {
                    words.append(word)
                    wordCount += 1
                    if wordCount % 40 == 0 {
                        let concept = glossary.concepts[generator.nextInt(glossary.concepts.count)]
                        var name = concept.terms[0].text
                        if wordCount % 160 == 0, let misspelt = generator.variant(of: name, kind: .keyboard) { name = misspelt }
                        words.append(Substring(name))
                    }
                }
                output += words.joined(separator: " ") + "\n"
                if output.utf8.count >= target { break }
            }
        }
        return output
    }
}
