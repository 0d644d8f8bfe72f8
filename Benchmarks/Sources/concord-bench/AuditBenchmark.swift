import ConcordAudit
import ConcordGlossary
import ConcordText
import Foundation

/// Times the audit against a large generated glossary: index building, then auditing English
/// text (bible-dev, with names from the glossary planted in it, some misspelt) at two sizes.
/// Each measurement runs in a fresh child process so its peak memory is its own.
///
///   concord-bench audit [--data ../shared/eval]
enum AuditBenchmark {
    static let sizes = [1, 2]
    static let conceptCount = 100_000

    static func runAll(data: String) {
        let file = data + "/bible-dev/bible-en-fr-dev/src.en.txt"
        guard FileManager.default.fileExists(atPath: file) else {
            emit("\(file) not found (pass --data DIR)")
            return
        }
        emit("Concord audit — release build, \(conceptCount) generated concepts (EN/FR/ZH names, 10 % with a listed misspelling) in a TSV file, English text with planted names; audit best of 3 after a warm-up")
        emit("load: read and validate the glossary file; total: load + index build + audit, what `concord audit` spends")
        emit("    text  concepts   load  index build  audit  MB/s   total  findings  peak RSS")
        for size in sizes {
            Measurement.inChildProcess(["audit-one", String(size), String(conceptCount), file])
        }
    }

    static func runOne(megabytes: Int, concepts: Int, file: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("concord-audit-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            var generator = VariantGenerator(seed: 42)
            let generated = generatedGlossary(concepts, generator: &generator)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let table = folder.appendingPathComponent("generated.tsv").path
            try GlossaryTableWriter(format: .tsv).table(generated).write(toFile: table, atomically: true, encoding: .utf8)
            let text = try plantedText(megabytes: megabytes, carrier: String(contentsOfFile: file, encoding: .utf8), glossary: generated, generator: &generator)

            var glossary: Glossary?
            let load = try Measurement.best(of: 1) { glossary = try GlossaryLoader.load(paths: [table]) }
            var index: VariantIndex?
            let build = try Measurement.best(of: 1) { index = try VariantIndex(glossary: glossary!) }
            let auditor = Auditor(index: index!)
            let document = TextDocument(name: "bench", text: text)
            var findings = 0
            let audit = try Measurement.best(of: 3) { findings = try auditor.audit(document, language: .english).count }
            let size = Double(text.utf8.count) / 1_048_576
            emit(String(format: "%5.2f MB  %8d  %5.2f s  %9.2f s  %5.2f s  %5.2f  %5.2f s  %8d  %6.0f MB",
                        size, concepts, load, build, audit, size / audit, load + build + audit, findings, Measurement.peakMemoryMB()))
        } catch {
            emit("audit benchmark: \(error)")
        }
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
