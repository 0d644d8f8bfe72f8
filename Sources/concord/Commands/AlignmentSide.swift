import ConcordText

/// One document of an alignment: read, its language settled, cut into segments.
struct AlignmentSide {
    let document: TextDocument
    let language: Language
    let segments: [Segment]
    let texts: [String]

    init(path: String, language choice: LanguageChoice, presegmented: Bool) throws {
        try self.init(document: try TextDocument.read(path: path), language: choice, presegmented: presegmented)
    }

    /// A document already read.
    init(document: TextDocument, language choice: LanguageChoice, presegmented: Bool) throws {
        self.document = document
        if document.isBlank {
            Diagnostics.warning("\(document.name): the file is empty; all its counterparts stay unaligned")
            language = try choice.resolveOrDefault(.english)
            segments = []
            texts = []
            return
        }
        language = try choice.resolve(for: document)
        if case .fixed(let given) = choice, let detected = try? LanguageDetector().detect(document), detected != given {
            Diagnostics.warning("\(document.name) looks like \(detected.name) (\(detected)), not \(given.name) (\(given)) as given")
        }
        let segmenter = try Segmenter(language: language)
        segments = presegmented ? segmenter.lineSegments(of: document) : try segmenter.segments(of: document)
        texts = segments.map(\.text)
    }

    /// The texts of a range of segments as one line, joined as the language writes them.
    func joinedText(_ range: Range<Int>) -> String {
        texts[range].joined(separator: language.isUnspaced ? "" : " ")
    }
}
