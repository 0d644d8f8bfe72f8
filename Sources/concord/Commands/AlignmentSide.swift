import ConcordConcurrency
import ConcordText
import Foundation

/// One document of an alignment: read, its language settled, cut into segments.
struct AlignmentSide {
    let document: TextDocument
    let language: Language
    let segments: [Segment]
    let texts: [String]

    init(path: String, language choice: LanguageChoice, presegmented: Bool, warn: (String) -> Void = Diagnostics.warning) throws {
        try self.init(document: try TextDocument.read(path: path), language: choice, presegmented: presegmented, warn: warn)
    }

    /// A document already read.
    init(document: TextDocument, language choice: LanguageChoice, presegmented: Bool, warn: (String) -> Void = Diagnostics.warning) throws {
        self.document = document
        if document.isBlank {
            warn("\(document.name): the file is empty; all its counterparts stay unaligned")
            language = try choice.resolveOrDefault(.english)
            segments = []
            texts = []
            return
        }
        language = try choice.resolve(for: document)
        if case .fixed(let given) = choice, let detected = try? LanguageDetector().detect(document), detected != given {
            warn("\(document.name) looks like \(detected.name) (\(detected)), not \(given.name) (\(given)) as given")
        }
        let segmenter = try Segmenter(language: language)
        segments = presegmented ? segmenter.lineSegments(of: document) : try segmenter.segments(of: document)
        texts = segments.map(\.text)
    }

    /// A document and its translation, read on two threads. Warnings come out as if they were
    /// read one after the other, and so does the error, the source's first.
    static func pair(source: (path: String, language: LanguageChoice), target: (path: String, language: LanguageChoice),
                     presegmented: Bool) throws -> (source: AlignmentSide, target: AlignmentSide) {
        func read(_ side: (path: String, language: LanguageChoice)) -> (warnings: [String], side: Result<AlignmentSide, any Error>) {
            var warnings: [String] = []
            let result = Result { try AlignmentSide(path: side.path, language: side.language, presegmented: presegmented) { warnings.append($0) } }
            return (warnings, result)
        }
        let (sourceRead, targetRead) = Parallel.both({ read(source) }, { read(target) })
        sourceRead.warnings.forEach(Diagnostics.warning)
        let sourceSide = try sourceRead.side.get()
        targetRead.warnings.forEach(Diagnostics.warning)
        return (sourceSide, try targetRead.side.get())
    }

    /// The texts of a range of segments as one line, joined as the language writes them.
    func joinedText(_ range: Range<Int>) -> String {
        texts[range].joined(separator: language.isUnspaced ? "" : " ")
    }
}
