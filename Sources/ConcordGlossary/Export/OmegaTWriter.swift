/// Writes an OmegaT glossary for one language pair: UTF-8 text, one entry per line,
/// `source term TAB target term TAB comment`.
///
/// Every acceptable (preferred or admitted) source term is paired with the target's
/// preferred term, and again with each admitted target term, so OmegaT suggests the
/// preferred form first whichever variant the source text uses. Deprecated terms and
/// misspellings are left out: a glossary entry is a suggestion to write. The comment gives
/// the concept type, the definition (shortened) and the status of a term that is not the
/// preferred one.
///
/// OmegaT reads a glossary line by line, splits it on tabs, trims each field and skips lines
/// that start with `#`; so tabs and line breaks inside a field become spaces, and a source
/// term starting with `#` (`#MeToo`) is written after a space. Save the file with the
/// extension `.utf8` (or `.txt`) in the project's `glossary/` folder; the first line is a
/// comment naming the pair and the encoding.
public struct OmegaTWriter {
    /// The language of the first column, the one OmegaT's source texts are in.
    public let source: LanguageTag
    /// The language of the second column, the one translated into.
    public let target: LanguageTag

    /// Definitions longer than this many characters are cut at a word boundary and end in `…`.
    public static let maximumDefinitionLength = 120

    public init(source: LanguageTag, target: LanguageTag) {
        self.source = source
        self.target = target
    }

    /// The glossary file, lines ending in a line feed.
    ///
    /// - Complexity: O(*n*·*s*·*t*), where *n* is the number of concepts and *s*, *t* the
    ///   number of acceptable source and target terms of a concept.
    public func glossary(_ glossary: Glossary) -> String {
        var output = "# Concord glossary, \(source) to \(target): source term, target term, comment -*- coding: utf-8 -*-\n"
        for concept in glossary.concepts {
            guard let preferred = concept.preferredTerm(in: target) else { continue }
            let targets = [preferred] + concept.terms(in: target).filter { $0.status == .admitted && $0 != preferred }
            for sourceTerm in concept.terms(in: source) where sourceTerm.status.isAcceptable {
                for targetTerm in targets {
                    var sourceField = Self.field(sourceTerm.text)
                    if sourceField.hasPrefix("#") { sourceField = " " + sourceField }
                    output += [sourceField, Self.field(targetTerm.text), comment(concept, sourceTerm, targetTerm)]
                        .joined(separator: "\t") + "\n"
                }
            }
        }
        return output
    }

    private func comment(_ concept: Concept, _ sourceTerm: Term, _ targetTerm: Term) -> String {
        var comment = concept.type.rawValue
        let definition = Self.field(concept.definition)
        if !definition.isEmpty { comment += ": " + Self.shortened(definition) }
        var statuses: [String] = []
        if sourceTerm.status != .preferred { statuses.append("\(sourceTerm.status.rawValue) source term") }
        if targetTerm.status != .preferred { statuses.append("\(targetTerm.status.rawValue) target term") }
        if !statuses.isEmpty { comment += " [" + statuses.joined(separator: ", ") + "]" }
        return comment
    }

    /// The text on one line: tabs and line breaks become spaces.
    private static func field(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }

    private static func shortened(_ text: String) -> String {
        guard text.count > maximumDefinitionLength else { return text }
        var cut = text.prefix(maximumDefinitionLength - 1)
        if let space = cut.lastIndex(of: " ") { cut = cut[..<space] }
        while let last = cut.last, " ,;:".contains(last) { cut = cut.dropLast() }
        return cut + "…"
    }
}
