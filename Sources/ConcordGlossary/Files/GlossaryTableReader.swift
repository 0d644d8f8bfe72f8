import Foundation

/// Reads glossary tables (TSV or CSV, one row per term) into concepts, collecting every
/// problem with its file and line instead of stopping at the first.
///
/// A concept's rows are consecutive; its first row carries the type (and the definition).
/// The same concept id in a second block or a second file is an error.
public struct GlossaryTableReader {
    public private(set) var concepts: [Concept] = []
    public private(set) var problems: [GlossaryProblem] = []
    private var firstDefinition: [String: SourceLocation] = [:]
    /// Tags already parsed: a large glossary repeats a handful of them on every row.
    private var languageTags: [String: LanguageTag?] = [:]

    public init() {}

    /// Adds the rows of one table.
    ///
    /// - Parameters:
    ///   - text: the whole file, decoded.
    ///   - path: the file name for messages.
    ///   - format: TSV or CSV.
    public mutating func read(_ text: String, path: String, format: DelimitedFormat) {
        let records: [(line: Int, fields: [String])]
        do {
            records = try format.records(text)
        } catch {
            problems.append(GlossaryProblem(.error, error.reason, at: SourceLocation(path: path, line: error.line)))
            return
        }
        guard let header = records.first else {
            problems.append(GlossaryProblem(.error, "empty glossary file (expected a header row: \(Self.expectedHeader))", at: SourceLocation(path: path, line: 1)))
            return
        }
        guard let columns = readHeader(header.fields, at: SourceLocation(path: path, line: header.line)) else { return }
        let positions = GlossaryColumn.ordered.map { columns.firstIndex(of: $0) }
        var current: Int?
        for record in records.dropFirst() {
            let location = SourceLocation(path: path, line: record.line)
            guard record.fields.count == columns.count else {
                error("expected \(columns.count) \(format == .tsv ? "tab-separated" : "comma-separated") cells, found \(record.fields.count)", at: location)
                continue
            }
            current = readRow(Row(fields: record.fields, positions: positions), at: location, continuing: current)
        }
    }

    static let expectedHeader = GlossaryColumn.allCases.map(\.rawValue).joined(separator: ", ")

    private mutating func readHeader(_ fields: [String], at location: SourceLocation) -> [GlossaryColumn]? {
        var columns: [GlossaryColumn] = []
        for field in fields {
            let name = field.trimmingSpaces.lowercased()
            guard let column = GlossaryColumn(rawValue: name) else {
                error("unknown column '\(field)' in the header (columns: \(Self.expectedHeader)); is this a glossary file?", at: location)
                return nil
            }
            guard !columns.contains(column) else {
                error("column '\(name)' appears twice in the header", at: location)
                return nil
            }
            columns.append(column)
        }
        let missing = GlossaryColumn.required.filter { !columns.contains($0) }
        guard missing.isEmpty else {
            error("the header lacks the column\(missing.count > 1 ? "s" : "") \(missing.map { "'\($0.rawValue)'" }.joined(separator: ", "))", at: location)
            return nil
        }
        return columns
    }

    /// Reads one row; returns the index of the concept it belongs to (nil when it belongs to none).
    private mutating func readRow(_ cells: Row, at location: SourceLocation, continuing current: Int?) -> Int? {
        let id = cells[.concept, default: ""].trimmingSpaces
        let typeText = cells[.type, default: ""].trimmingSpaces
        let definition = cells[.definition, default: ""].trimmingSpaces
        guard !id.isEmpty else {
            error("empty concept id", at: location)
            return current
        }
        var index = current
        if index == nil || concepts[index!].id != id {
            if let first = firstDefinition[id] {
                error("duplicate concept id '\(id)' (first defined at \(first)); keep a concept's rows together", at: location)
                return nil
            }
            firstDefinition[id] = location
            if !Concept.isValidIdentifier(id) {
                error("concept id '\(id)' must start with an ASCII letter and hold only letters, digits, '-', '_' and '.'", at: location)
            }
            var type = ConceptType.other
            if typeText.isEmpty {
                error("concept '\(id)' has no type on its first row (one of: \(Self.typeNames))", at: location)
            } else if let known = ConceptType(rawValue: typeText.lowercased()) {
                type = known
            } else {
                error("unknown concept type '\(typeText)' (one of: \(Self.typeNames))", at: location)
            }
            concepts.append(Concept(id: id, type: type, definition: definition, location: location))
            index = concepts.count - 1
        } else {
            let concept = concepts[index!]
            if !typeText.isEmpty, typeText.lowercased() != concept.type.rawValue {
                error("concept '\(id)' has type '\(concept.type.rawValue)' on its first row but '\(typeText)' here", at: location)
            }
            if !definition.isEmpty, definition != concept.definition {
                if concept.definition.isEmpty { concepts[index!].definition = definition }
                else { error("concept '\(id)' has a second, different definition", at: location) }
            }
        }
        if let term = readTerm(cells, at: location) { concepts[index!].terms.append(term) }
        return index
    }

    private mutating func readTerm(_ cells: Row, at location: SourceLocation) -> Term? {
        let languageText = cells[.lang, default: ""].trimmingSpaces
        let statusText = cells[.status, default: ""].trimmingSpaces
        let caseText = cells[.case, default: ""].trimmingSpaces
        var text = cells[.term, default: ""]
        var valid = true
        let language = languageTag(languageText)
        if language == nil {
            error(languageText.isEmpty ? "empty language" : "unknown language '\(languageText)' (use a BCP 47 tag such as en, fr, zh, zh-Hant)", at: location)
            valid = false
        }
        let status = TermStatus(rawValue: statusText.lowercased())
        if status == nil {
            error(statusText.isEmpty ? "empty status (one of: \(Self.statusNames))" : "bad status '\(statusText)' (one of: \(Self.statusNames))", at: location)
            valid = false
        }
        if caseText != "" && caseText.lowercased() != GlossaryColumn.caseSensitiveMark {
            error("bad case mark '\(caseText)' (leave it empty, or write '\(GlossaryColumn.caseSensitiveMark)' when the casing matters)", at: location)
        }
        let trimmed = text.trimmingSpaces
        if trimmed.isEmpty {
            error("empty term", at: location)
            valid = false
        } else if trimmed != text {
            problems.append(GlossaryProblem(.warning, "term '\(trimmed)' has spaces around it; they are ignored", at: location))
            text = trimmed
        }
        if text.unicodeScalars.contains(where: Self.isTabOrLineBreak) {
            error("term '\(text)' holds a tab or a line break", at: location)
            valid = false
        }
        guard valid, let language, let status else { return nil }
        return Term(text, language: language, status: status,
                    isCaseSensitive: caseText.lowercased() == GlossaryColumn.caseSensitiveMark,
                    source: cells[.source, default: ""].trimmingSpaces,
                    note: cells[.note, default: ""].trimmingSpaces,
                    location: location)
    }

    private static func isTabOrLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    private mutating func languageTag(_ text: String) -> LanguageTag? {
        if let known = languageTags[text] { return known }
        let tag = LanguageTag(text)
        languageTags[text] = tag
        return tag
    }

    /// One row's cells, by column.
    private struct Row {
        let fields: [String]
        /// The position of each column of `GlossaryColumn.ordered` in the row, nil when the table lacks it.
        let positions: [Int?]

        subscript(column: GlossaryColumn, default empty: String) -> String {
            positions[GlossaryColumn.ordered.firstIndex(of: column)!].map { fields[$0] } ?? empty
        }
    }

    private static let typeNames = ConceptType.allCases.map(\.rawValue).joined(separator: ", ")
    private static let statusNames = TermStatus.allCases.map(\.rawValue).joined(separator: ", ")

    private mutating func error(_ message: String, at location: SourceLocation) {
        problems.append(GlossaryProblem(.error, message, at: location))
    }
}
