/// Exports a glossary in one format: keeps the chosen languages, puts concepts and terms in
/// ``GlossaryOrdering``'s order and writes the file, so exporting twice gives the same bytes.
public struct GlossaryExporter {
    /// The file format written.
    public let format: ExportFormat
    /// The languages to keep, in the order given; empty keeps them all. An OmegaT export needs
    /// exactly two, the source language first.
    public let languages: [LanguageTag]

    public init(format: ExportFormat, languages: [LanguageTag] = []) {
        self.format = format
        self.languages = languages
    }

    /// The exported file as text (UTF-8 when written out).
    ///
    /// A glossary with no term in the chosen languages gives an empty but well-formed file.
    ///
    /// - Throws: ``GlossaryError`` for an OmegaT export without exactly two languages and for
    ///   texts TBX cannot hold (see ``TBXWriter``);
    ///   ``ConcordText/ICUError`` when ICU cannot open a collator.
    public func export(_ glossary: Glossary) throws -> String {
        let kept = languages.isEmpty ? glossary : glossary.restricted(to: Set(languages))
        let ordered = try GlossaryOrdering().ordered(kept)
        switch format {
        case .tbx: return try TBXWriter().document(ordered)
        case .csv: return GlossaryTableWriter(format: .csv).table(ordered)
        case .tsv: return GlossaryTableWriter(format: .tsv).table(ordered)
        case .json: return JSONGlossaryWriter().document(ordered)
        case .omegat:
            guard languages.count == 2, languages[0] != languages[1] else {
                throw GlossaryError("an OmegaT glossary is for one language pair: give two languages, the source first (--langs en,zh)")
            }
            return OmegaTWriter(source: languages[0], target: languages[1]).glossary(ordered)
        }
    }
}
