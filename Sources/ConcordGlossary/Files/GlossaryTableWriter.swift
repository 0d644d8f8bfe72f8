/// Writes concepts as a glossary table (TSV or CSV), one row per term, the concept's type and
/// definition on its first row: the format `GlossaryTableReader` reads back.
public struct GlossaryTableWriter {
    public let format: DelimitedFormat

    public init(format: DelimitedFormat) { self.format = format }

    /// The whole table, header first. Only the optional columns some term uses are written.
    public func table(_ glossary: Glossary) -> String {
        let terms = glossary.concepts.flatMap(\.terms)
        let columns = GlossaryColumn.allCases.filter { column in
            switch column {
            case .case: return terms.contains(where: \.isCaseSensitive)
            case .source: return terms.contains { !$0.source.isEmpty }
            default: return true
            }
        }
        var output = format.record(columns.map(\.rawValue))
        for concept in glossary.concepts {
            for (index, term) in concept.terms.enumerated() {
                output += format.record(columns.map { column in
                    switch column {
                    case .concept: return concept.id
                    case .type: return index == 0 ? concept.type.rawValue : ""
                    case .definition: return index == 0 ? concept.definition : ""
                    case .lang: return term.language.tag
                    case .term: return term.text
                    case .status: return term.status.rawValue
                    case .case: return term.isCaseSensitive ? GlossaryColumn.caseSensitiveMark : ""
                    case .source: return term.source
                    case .note: return term.note
                    }
                })
            }
        }
        return output
    }
}
