/// The file formats a glossary can be imported from.
public enum ImportFormat: String, Sendable, CaseIterable {
    /// TBX v3 in DCA style (ISO 30042:2019), as ``TBXWriter`` writes it or another tool does.
    case tbx
    /// Concord's glossary table as CSV.
    case csv
    /// Concord's glossary table as TSV.
    case tsv

    /// The format a file name implies: `.tbx`, `.csv`, and `.tsv`, `.tab` or `.txt` for TSV;
    /// nil for any other extension.
    public init?(fileName: String) {
        let lower = fileName.lowercased()
        if lower.hasSuffix(".tbx") {
            self = .tbx
        } else {
            switch GlossaryLoader.format(ofFile: lower) {
            case .csv: self = .csv
            case .tsv: self = .tsv
            case nil: return nil
            }
        }
    }
}
