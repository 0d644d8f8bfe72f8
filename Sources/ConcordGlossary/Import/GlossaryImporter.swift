import ConcordText

/// Reads a glossary from a TBX, CSV or TSV file and checks it as `concord glossary validate`
/// would, so that what is imported is a glossary Concord can use.
public struct GlossaryImporter {
    /// The file format read.
    public let format: ImportFormat

    public init(format: ImportFormat) {
        self.format = format
    }

    /// Reads a glossary from text.
    ///
    /// - Parameters:
    ///   - text: the whole file, decoded.
    ///   - path: the file name for messages and locations.
    /// - Returns: the concepts in file order, and every problem: the reader's (file:line) and
    ///   those of ``GlossaryValidator``.
    public func read(_ text: String, path: String) -> (glossary: Glossary, problems: [GlossaryProblem]) {
        let concepts: [Concept]
        let problems: [GlossaryProblem]
        switch format {
        case .tbx:
            (concepts, problems) = TBXReader().read(text, path: path)
        case .csv, .tsv:
            var reader = GlossaryTableReader()
            reader.read(text, path: path, format: format == .csv ? .csv : .tsv)
            (concepts, problems) = (reader.concepts, reader.problems)
        }
        let glossary = Glossary(concepts: concepts)
        return (glossary, problems + GlossaryValidator().problems(in: glossary))
    }

    /// Reads a glossary file that must have no errors.
    ///
    /// - Parameter path: the file (UTF-8, or UTF-16 with a byte-order mark).
    /// - Returns: the glossary and its warnings.
    /// - Throws: ``ConcordText/DocumentError`` when the file cannot be read or decoded;
    ///   ``GlossaryImportError`` with every problem when there is an error.
    public func load(path: String) throws -> (glossary: Glossary, warnings: [GlossaryProblem]) {
        let document = try TextDocument.read(path: path)
        let (glossary, problems) = read(document.text, path: path)
        guard !problems.contains(where: { $0.severity == .error }) else {
            throw GlossaryImportError(path: path, problems: problems)
        }
        return (glossary, problems)
    }
}
