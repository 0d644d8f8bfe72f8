import ConcordAudit
import ConcordGlossary
import ConcordText
import Foundation

/// Measures the audit: recall and precision on generated misspellings of the glossary's own
/// names planted in clean text, on the real spelling variants of `names-dev`, false alarms on
/// clean Bible text, and what it finds in the seed articles.
///
///   concord-bench audit-eval [--data ../shared/eval] [--seeds ../shared/seeds] [--glossary Glossaries]
enum AuditEvaluation {
    static func run(data: String, seeds: String, glossaryPath: String) throws {
        let glossary = try GlossaryLoader.load(paths: [glossaryPath])
        let auditor = Auditor(index: try VariantIndex(glossary: glossary))
        let carrier = try lines(data + "/bible-dev/bible-en-fr-dev/src.en.txt")
        emit("Concord audit evaluation — glossary \(glossaryPath): \(glossary.concepts.count) concepts; default threshold \(auditor.minimumConfidence)")
        try generated(glossary: glossary, auditor: auditor, carrier: carrier)
        try namesDev(path: data + "/names-dev/groups.jsonl", carrier: carrier)
        try falseAlarms(auditor: auditor, data: data)
        try seedArticles(auditor: auditor, folder: seeds)
    }

    static func lines(_ path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    /// A carrier sentence with `name` put after its first few words.
    static func plant(_ name: String, in sentence: String, at wordIndex: Int) -> (line: String, column: Int) {
        var words = sentence.split(separator: " ").map(String.init)
        let at = min(wordIndex, words.count)
        let prefix = words[..<at].joined(separator: " ")
        words.insert(name, at: at)
        return (words.joined(separator: " "), prefix.isEmpty ? 0 : prefix.utf16.count + 1)
    }

    struct Case {
        let line: Int
        let range: Range<Int>
        let concept: String
        let kind: String
        let positive: Bool
    }

    /// Scores findings against planted cases: a finding is right when it covers a planted
    /// variant and names its concept; anything else (on controls or carrier words) is a false alarm.
    static func score(_ findings: [Finding], cases: [Case], document: TextDocument) -> (truePositives: Set<Int>, falsePositives: [Finding], confidences: [(Double, Bool)]) {
        var byLine: [Int: [Int]] = [:]
        for (index, item) in cases.enumerated() { byLine[item.line, default: []].append(index) }
        var found = Set<Int>()
        var falsePositives: [Finding] = []
        var confidences: [(Double, Bool)] = []
        for finding in findings {
            let line = finding.position.line - 1
            let lineStart = document.lines.starts[line]
            let local = (finding.range.lowerBound - lineStart)..<(finding.range.upperBound - lineStart)
            let hit = (byLine[line] ?? []).first { cases[$0].positive && cases[$0].range.overlaps(local) && cases[$0].concept == finding.conceptID }
            if let hit { found.insert(hit) } else { falsePositives.append(finding) }
            confidences.append((finding.confidence, hit != nil))
        }
        return (found, falsePositives, confidences)
    }

    static func generated(glossary: Glossary, auditor: Auditor, carrier: [String]) throws {
        var generator = VariantGenerator(seed: 20_201_120)
        var seen = Set<String>()
        var names: [(text: String, concept: String)] = []
        let correctForms = Set(glossary.terms.filter { $0.term.status.isAcceptable }.map(\.term.text))
        for concept in glossary.concepts where concept.type.isName {
            for term in concept.terms where term.status.isAcceptable && [.english, .french].contains(term.language.language) {
                let letters = term.text.filter(\.isLetter)
                // Names: five letters or more, with a capital (lower-case phrases such as `diplomatie américaine` are common nouns).
                guard letters.count >= 5, letters.contains(where: \.isUppercase), letters.allSatisfy({ $0.isASCII || $0.isLetter }), !term.text.unicodeScalars.contains(where: { Script($0) == .han }),
                      seen.insert(term.text).inserted else { continue }
                names.append((term.text, concept.id))
            }
        }
        var text: [String] = []
        var cases: [Case] = []
        for (index, name) in names.enumerated() {
            for kind in VariantGenerator.Kind.allCases {
                guard let variant = generator.variant(of: name.text, kind: kind), !correctForms.contains(variant) else { continue }
                let sentence = carrier[(index * 13 + text.count) % carrier.count]
                let planted = plant(variant, in: sentence, at: 2 + generator.nextInt(6))
                cases.append(Case(line: text.count, range: planted.column..<(planted.column + variant.utf16.count), concept: name.concept, kind: kind.rawValue, positive: true))
                text.append(planted.line)
            }
            let control = plant(name.text, in: carrier[(index * 7) % carrier.count], at: 3)
            cases.append(Case(line: text.count, range: control.column..<(control.column + name.text.utf16.count), concept: name.concept, kind: "control", positive: false))
            text.append(control.line)
        }
        let document = TextDocument(name: "generated", text: text.joined(separator: "\n"))
        // Many names in one document make "inconsistent" notes between unrelated lines; they are not scored here.
        let findings = try auditor.audit(document, language: .english).filter { $0.kind != .inconsistent }
        let (hits, falsePositives, confidences) = score(findings, cases: cases, document: document)
        let positives = cases.indices.filter { cases[$0].positive }
        emit("")
        emit("## Generated misspellings of the glossary's names (\(names.count) EN/FR names of 5+ letters, \(positives.count) variants, \(cases.count - positives.count) correct controls, planted in bible-dev English lines)")
        report(truePositives: hits.count, falsePositives: falsePositives.count, positives: positives.count)
        var row = "recall by kind:"
        for kind in VariantGenerator.Kind.allCases.map(\.rawValue) {
            let ofKind = positives.filter { cases[$0].kind == kind }
            guard !ofKind.isEmpty else { continue }
            row += String(format: " %@ %.3f (%d)", kind, Double(ofKind.filter(hits.contains).count) / Double(ofKind.count), ofKind.count)
        }
        emit(row)
        let controlsFlagged = falsePositives.filter { finding in cases.contains { !$0.positive && $0.line == finding.position.line - 1 } }.count
        emit("false alarms: \(falsePositives.count) (on correct controls or carrier lines: \(controlsFlagged) on lines with a correct name)")
        for finding in falsePositives.prefix(8) {
            let planted = cases.filter { $0.line == finding.position.line - 1 }.map { "\($0.concept) \($0.range)" }.joined(separator: ", ")
            emit("  FP \(finding.position) '\(finding.found)' → '\(finding.expected)' (\(finding.conceptID)) [\(finding.kind.rawValue) \(finding.confidence)] planted: \(planted) in: \(text[finding.position.line - 1].prefix(90))")
        }
        calibration(confidences)
        emit("missed examples: " + positives.filter { !hits.contains($0) }.prefix(12).map { index -> String in
            let item = cases[index]
            let line = Array(text[item.line].utf16)
            return "\(item.kind):'\(String(decoding: line[item.range], as: UTF16.self))'"
        }.joined(separator: ", "))
    }

    static func report(truePositives: Int, falsePositives: Int, positives: Int) {
        let precision = truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
        let recall = positives == 0 ? 0 : Double(truePositives) / Double(positives)
        let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        emit(String(format: "precision %.3f  recall %.3f  F1 %.3f  (found %d of %d, %d false)", precision, recall, f1, truePositives, positives, falsePositives))
    }

    /// How often findings in each confidence band are right: a calibrated score is close to it.
    static func calibration(_ confidences: [(Double, Bool)]) {
        var row = "calibration (band: right/total):"
        for low in stride(from: 0.6, to: 1.0, by: 0.1) {
            let band = confidences.filter { $0.0 >= low - 1e-9 && $0.0 < low + 0.1 - 1e-9 || (low >= 0.9 && $0.0 >= 1) }
            guard !band.isEmpty else { continue }
            row += String(format: " [%.1f,%.1f) %d/%d", low, low + 0.1, band.filter(\.1).count, band.count)
        }
        emit(row)
    }

    struct NameGroup: Decodable {
        struct Form: Decodable {
            let form: String
            let lang: String
            let script: String
        }
        let group_id: String
        let kind: String
        let canonical: Form
        let variants: [Form]
    }

    static func namesDev(path: String, carrier: [String]) throws {
        let groups = try lines(path).map { try JSONDecoder().decode(NameGroup.self, from: Data($0.utf8)) }
        let toSimplified = try Transliterator(id: Transliterator.traditionalToSimplified)
        var concepts: [Concept] = []
        for group in groups {
            var terms = [Term(group.canonical.form.capitalized, language: LanguageTag(.english), status: .preferred)]
            if let chinese = group.variants.first(where: { $0.lang == "zh" }) {
                terms.append(Term(try toSimplified.transform(chinese.form), language: LanguageTag(.chinese), status: .preferred))
            }
            concepts.append(Concept(id: group.group_id, type: .person, terms: terms))
        }
        let auditor = Auditor(index: try VariantIndex(glossary: Glossary(concepts: concepts)))
        emit("")
        emit("## names-dev (\(groups.count) groups; glossary = each group's canonical form, capitalized, and its Chinese form in Simplified characters)")
        var text: [String] = [], cases: [Case] = []
        for (index, group) in groups.enumerated() where group.kind == "latin-spelling" {
            for variant in group.variants where variant.script == "Latn" {
                let planted = plant(variant.form.capitalized, in: carrier[index % carrier.count], at: 3)
                cases.append(Case(line: text.count, range: planted.column..<(planted.column + variant.form.capitalized.utf16.count), concept: group.group_id, kind: "latin", positive: true))
                text.append(planted.line)
            }
        }
        let document = TextDocument(name: "names-dev", text: text.joined(separator: "\n"))
        let findings = try auditor.audit(document, language: .english)
        let scored = score(findings, cases: cases, document: document)
        emit("latin-spelling variants (Adolpho for Adolfo) found as a variant of their own group:")
        report(truePositives: scored.truePositives.count, falsePositives: scored.falsePositives.count, positives: cases.count)
        emit("missed examples: " + cases.indices.filter { !scored.truePositives.contains($0) }.prefix(10).map { index in
            String(decoding: Array(text[cases[index].line].utf16)[cases[index].range], as: UTF16.self)
        }.joined(separator: ", "))

        var english: [String] = [], chinese: [String] = [], englishCases: [Case] = [], chineseCases: [Case] = []
        var homophones: [String: [Character]] = [:]
        let pinyin = try Transliterator(id: Transliterator.hanToLatinNames)
        for concept in concepts {
            for term in concept.terms where term.language.language == .chinese {
                for character in term.text where character != "·" {
                    let syllable = try pinyin.transform(String(character)).lowercased()
                    if !(homophones[syllable] ?? []).contains(character) { homophones[syllable, default: []].append(character) }
                }
            }
        }
        var generator = VariantGenerator(seed: 389)
        for concept in concepts {
            guard let han = concept.terms.first(where: { $0.language.language == .chinese })?.text, han.count >= 3 else { continue }
            let line = "We met \(han) today."
            englishCases.append(Case(line: english.count, range: 7..<(7 + han.utf16.count), concept: concept.id, kind: "untranslated", positive: true))
            english.append(line)
            var characters = Array(han)
            let positions = characters.indices.filter { position in
                let syllable = (try? pinyin.transform(String(characters[position])).lowercased()) ?? ""
                return (homophones[syllable] ?? []).count > 1
            }
            guard let at = generator.pick(positions) else { continue }
            let syllable = try pinyin.transform(String(characters[at])).lowercased()
            characters[at] = generator.pick(homophones[syllable]!.filter { $0 != characters[at] })!
            let variant = String(characters)
            chineseCases.append(Case(line: chinese.count, range: 3..<(3 + variant.utf16.count), concept: concept.id, kind: "homophone", positive: true))
            chinese.append("我们和\(variant)见面了。")
            chineseCases.append(Case(line: chinese.count, range: 3..<(3 + han.utf16.count), concept: concept.id, kind: "control", positive: false))
            chinese.append("我们和\(han)见面了。")
        }
        let englishDocument = TextDocument(name: "names-dev-en", text: english.joined(separator: "\n"))
        let untranslated = score(try auditor.audit(englishDocument, language: .english), cases: englishCases, document: englishDocument)
        emit("cross-script: Chinese form left in English text (untranslated):")
        report(truePositives: untranslated.truePositives.count, falsePositives: untranslated.falsePositives.count, positives: englishCases.count)
        let chineseDocument = TextDocument(name: "names-dev-zh", text: chinese.joined(separator: "\n"))
        let soundAlike = score(try auditor.audit(chineseDocument, language: .chinese), cases: chineseCases, document: chineseDocument)
        emit("cross-script: one character replaced by a homophone from the same data, in Chinese text (wrong Chinese form; controls = the right form):")
        report(truePositives: soundAlike.truePositives.count, falsePositives: soundAlike.falsePositives.count, positives: chineseCases.filter(\.positive).count)
    }

    static func falseAlarms(auditor: Auditor, data: String) throws {
        emit("")
        emit("## False alarms on clean text (bible-dev) with the shipped glossary")
        for (path, language) in [("bible-en-fr-dev/src.en.txt", Language.english), ("bible-en-fr-dev/tgt.fr.txt", .french), ("bible-en-zh-dev/tgt.zh.txt", .chinese)] {
            let document = try TextDocument.read(path: data + "/bible-dev/" + path)
            let findings = try auditor.audit(document, language: language)
            let warnings = findings.filter { $0.kind.severity == "warning" }
            emit("\(path): \(document.lines.count) lines, \(findings.count) findings (\(warnings.count) warnings)" + (findings.isEmpty ? "" : ": ")
                 + findings.prefix(6).map { "'\($0.found)'→'\($0.expected)' \($0.kind.rawValue) \($0.confidence)" }.joined(separator: ", "))
        }
    }

    static func seedArticles(auditor: Auditor, folder: String) throws {
        emit("")
        emit("## Seed articles (../shared/seeds) with the shipped glossary")
        let expected = ["Pompio", "Pempeo", "Ticketok", "Tik Tok", "BydeDance", "Wang Wang Yi"]
        var foundForms = Set<String>()
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
        for file in files {
            let document = try TextDocument.read(path: folder + "/" + file)
            let language = try LanguageDetector().detect(document)
            for finding in try auditor.audit(document, language: language) {
                emit("\(file):\(finding.position): \(finding.kind.severity): \(finding.message) [\(finding.kind.rawValue) \(finding.confidence)]")
                if let form = expected.first(where: { finding.found.contains($0) }) { foundForms.insert(form) }
            }
        }
        emit("expected variants found: \(expected.filter(foundForms.contains).count) of \(expected.count)" + (foundForms.count < expected.count ? " (missing: \(expected.filter { !foundForms.contains($0) }.joined(separator: ", ")))" : ""))
    }
}
