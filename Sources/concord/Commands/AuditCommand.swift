import ArgumentParser
import ConcordAlign
import ConcordAudit
import ConcordGlossary
import ConcordText
import Foundation

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Find misspelled and variant names of glossary concepts, with file:line:column.",
        discussion: """
            Finds listed misspellings, near misses (Pompio, BydeDance), split and joined names \
            (Tik Tok), repeated words (Wang Wang Yi), wrong accents or case, homoglyphs \
            (a Cyrillic о in Pompeo), Chinese names left untranslated or written with other \
            characters, and two spellings of one name in a document. Each finding says what \
            supports it and how sure the audit is (0–1).

            Examples:
              concord audit Samples/noisy/en-mt.txt
              concord audit --format sarif --output audit.sarif Samples/noisy/*.txt
              concord audit --fix Samples/noisy/fr-mt.txt
              concord audit --pair Samples/commerce-ban/en.txt Samples/commerce-ban/fr.txt

            Exit status: 0 no findings; 1 findings; 64 usage error; 65 bad input or glossary; \
            66 input not found; 73 a file could not be written.
            """
    )

    @Argument(help: ArgumentHelp("The text files to check (UTF-8, or UTF-16 with a BOM).", valueName: "file"))
    var files: [String]

    @OptionGroup var glossaryOptions: GlossaryOptions

    @OptionGroup var indexOptions: IndexOptions

    @Option(name: .long, help: ArgumentHelp("Language of the files: en, fr, zh, or auto (per file).", valueName: "lang"))
    var lang: LanguageChoice = .auto

    @Option(name: .long, help: "Output format: text (compiler style), jsonl or sarif.")
    var format: FindingFormat = .text

    @Option(name: .customLong("min-confidence"), help: ArgumentHelp("Report findings at least this sure (0–1).", valueName: "x"))
    var minimumConfidence = 0.6

    @Flag(name: .long, help: "The two files are a source and its translation: also report concepts of a source sentence that its aligned target sentence does not name.")
    var pair = false

    @Flag(name: .long, help: "Rewrite high-confidence findings in place (atomically) and list the changes on standard error.")
    var fix = false

    @OptionGroup var outputOptions: OutputOptions

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("name at least one file to audit") }
        if pair {
            guard files.count == 2 else { throw ValidationError("'--pair' takes two files: a source and its translation") }
            if case .fixed = lang { throw ValidationError("'--pair' detects each file's language; leave out '--lang'") }
        }
        guard (0...1).contains(minimumConfidence) else { throw ValidationError("'--min-confidence' must be between 0 and 1") }
        if fix, files.contains("-") { throw ValidationError("'--fix' rewrites files in place; it cannot rewrite standard input ('-')") }
    }

    func run() throws {
        var foundAny = false
        try reportingFailures {
            let index = try indexOptions.index(glossaryOptions)
            let auditor = Auditor(index: index, minimumConfidence: minimumConfidence)
            let documents = try readDocuments()
            var findings: [Finding] = []
            var fixes: [(document: TextDocument, units: [UInt16], applied: [Finding])] = []
            for (_, document, language) in documents {
                let found = try auditor.audit(document, language: language)
                findings += found
                if fix {
                    let (units, applied) = TextFixer.apply(found, to: document)
                    if !applied.isEmpty { fixes.append((document, units, applied)) }
                }
            }
            if pair, let source = documents.first(where: { $0.path == files[0] }), let target = documents.first(where: { $0.path == files[1] }) {
                findings += try pairFindings(source.document, target.document, auditor: auditor, glossary: index.glossary)
            }
            foundAny = !findings.isEmpty
            let sink = OutputSink(options: outputOptions)
            try FindingWriter(format: format).write(findings, to: sink)
            try sink.finish()
            for (document, units, applied) in fixes {
                try Self.rewrite(document.name, with: document.encoding.encode(units))
                for finding in applied {
                    Diagnostics.note("fixed \(finding.file):\(finding.position.line):\(finding.position.column): '\(finding.found)' → '\(finding.expected)'")
                }
            }
            let fixedCount = fixes.reduce(0) { $0 + $1.applied.count }
            Diagnostics.note("\(files.count) file\(files.count == 1 ? "" : "s"), \(index.conceptCount) concept\(index.conceptCount == 1 ? "" : "s"): \(findings.count) finding\(findings.count == 1 ? "" : "s")\(fix ? ", \(fixedCount) fixed" : "")")
        }
        if foundAny { throw ExitCode.failure }
    }

    /// Each file named once, read, with its language.
    private func readDocuments() throws -> [(path: String, document: TextDocument, language: Language)] {
        var documents: [(path: String, document: TextDocument, language: Language)] = []
        for file in files where !documents.contains(where: { $0.path == file }) {
            let document = try TextDocument.read(path: file)
            guard !document.units.isEmpty else { throw DocumentError.empty(name: document.name) }
            documents.append((file, document, try lang.resolve(for: document)))
        }
        return documents
    }

    /// Replaces a file's bytes atomically: through a symbolic link, the file it points to (the
    /// link stays a link), and with the file's permissions kept (a private file stays private).
    private static func rewrite(_ path: String, with bytes: [UInt8]) throws(OutputError) {
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let permissions = (try? FileManager.default.attributesOfItem(atPath: target))?[.posixPermissions] as? NSNumber
        try AtomicFile.write(bytes, to: target, overwrite: true)
        if let permissions {
            try? FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: target)
        }
    }

    /// Aligns the two files (with the glossary's concepts as anchors) and checks that each
    /// source sentence's concepts are named in the target sentence aligned with it.
    private func pairFindings(_ sourceDocument: TextDocument, _ targetDocument: TextDocument, auditor: Auditor, glossary: Glossary) throws -> [Finding] {
        let source = try AlignmentSide(document: sourceDocument, language: .auto, presegmented: false)
        let target = try AlignmentSide(document: targetDocument, language: .auto, presegmented: false)
        let lexicons = try LexiconCache.paths(in: LexiconCache.folder(), between: source.language, and: target.language)
            .map { (path) throws(DataFileError) in try Lexicon.load(path: path) }
        let aligner = Aligner(sourceLanguage: source.language, targetLanguage: target.language,
                              lexicons: lexicons, glossary: try GlossaryTerms(glossary: glossary))
        let alignment = try aligner.align(source: source.texts, target: target.texts)
        return try PairAuditor(auditor: auditor).audit(
            source: PairAuditor.Side(document: source.document, language: source.language, segments: source.segments),
            target: PairAuditor.Side(document: target.document, language: target.language, segments: target.segments),
            beads: alignment.beads)
    }
}
