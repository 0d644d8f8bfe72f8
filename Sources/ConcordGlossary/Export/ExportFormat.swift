/// The file formats a glossary can be exported to.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// TBX v3, TBX-Basic dialect, DCA style (ISO 30042:2019): the exchange format of
    /// terminology tools.
    case tbx
    /// Concord's own glossary table as RFC 4180 CSV, for spreadsheets.
    case csv
    /// Concord's own glossary table as TSV, the format of `Glossaries/`.
    case tsv
    /// An OmegaT glossary for one language pair: source term, target term, comment.
    case omegat
    /// A JSON array with one object per concept.
    case json
}
