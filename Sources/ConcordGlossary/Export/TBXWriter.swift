import ConcordText

/// Writes a glossary as TBX v3 in the TBX-Basic dialect, DCA style (ISO 30042:2019), the
/// termbase format of CAT tools, which ``TBXReader`` reads back without loss.
///
/// Mapping: a concept is a `conceptEntry` (its id as `@id`) with its definition as
/// `descrip type="definition"` and its type as a note `concept type: person`; each language
/// is a `langSec`, each term a `termSec` with `administrativeStatus` (a misspelling is
/// deprecated plus the note `known misspelling`), `partOfSpeech` noun, `termType` (acronym
/// for `CFIUS`, else fullForm), `admin type="source"`, the note `case-sensitive` and the
/// term's own note. The output has no date or version in it, so the same glossary always
/// gives the same bytes.
///
/// Characters XML 1.0 cannot carry at all (C0 controls other than tab, line feed and carriage
/// return; U+FFFE, U+FFFF) are refused rather than dropped, so nothing is lost unseen; a
/// carriage return is written `&#xD;` so that it survives XML's line-end normalisation.
public struct TBXWriter {
    public init() {}

    /// The whole TBX document, UTF-8 text ending in a line feed.
    ///
    /// Concepts and terms are written in the glossary's order; sort with
    /// ``GlossaryOrdering`` first for a stable file.
    ///
    /// - Throws: ``GlossaryError`` listing every concept id that is not an XML name or is
    ///   repeated, and every text holding a character XML 1.0 forbids.
    public func document(_ glossary: Glossary) throws(GlossaryError) -> String {
        let problems = Self.problems(in: glossary)
        guard problems.isEmpty else { throw GlossaryError(problems: problems) }
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="\(TBXVocabulary.namespace)">
              <tbxHeader>
                <fileDesc>
                  <sourceDesc><p>Concord glossary export</p></sourceDesc>
                </fileDesc>
              </tbxHeader>

            """
        // TBX requires at least one conceptEntry in a body, but none in text.
        guard !glossary.concepts.isEmpty else { return xml + "  <text/>\n</tbx>\n" }
        xml += "  <text>\n    <body>\n"
        for concept in glossary.concepts { write(concept, to: &xml) }
        xml += "    </body>\n  </text>\n</tbx>\n"
        return xml
    }

    private func write(_ concept: Concept, to xml: inout String) {
        xml += "      <conceptEntry id=\"\(XMLText.escaped(concept.id))\">\n"
        if !concept.definition.isEmpty {
            xml += "        <descrip type=\"definition\">\(XMLText.escaped(concept.definition))</descrip>\n"
        }
        xml += "        <note>\(TBXVocabulary.conceptTypePrefix)\(concept.type.rawValue)</note>\n"
        for language in Self.languagesInOrderOfAppearance(concept) {
            xml += "        <langSec xml:lang=\"\(XMLText.escaped(language.tag))\">\n"
            for term in concept.terms(in: language) { write(term, to: &xml) }
            xml += "        </langSec>\n"
        }
        xml += "      </conceptEntry>\n"
    }

    /// The core structure puts every `termNote` right after `term` and all auxiliary
    /// information (`admin`, `note`) after the last one.
    private func write(_ term: Term, to xml: inout String) {
        let indent = "            "
        xml += "          <termSec>\n"
        xml += "\(indent)<term>\(XMLText.escaped(term.text))</term>\n"
        xml += "\(indent)<termNote type=\"administrativeStatus\">\(TBXVocabulary.administrativeStatus(term.status))</termNote>\n"
        xml += "\(indent)<termNote type=\"partOfSpeech\">noun</termNote>\n"
        xml += "\(indent)<termNote type=\"termType\">\(TBXVocabulary.termType(term.text))</termNote>\n"
        if !term.source.isEmpty { xml += "\(indent)<admin type=\"source\">\(XMLText.escaped(term.source))</admin>\n" }
        if term.status == .misspelling { xml += "\(indent)<note>\(TBXVocabulary.misspellingNote)</note>\n" }
        if term.isCaseSensitive { xml += "\(indent)<note>\(TBXVocabulary.caseSensitiveNote)</note>\n" }
        if !term.note.isEmpty { xml += "\(indent)<note>\(XMLText.escaped(term.note))</note>\n" }
        xml += "          </termSec>\n"
    }

    /// One `langSec` per language, in the order the concept's terms first use them, so that
    /// an ordered glossary stays ordered.
    private static func languagesInOrderOfAppearance(_ concept: Concept) -> [LanguageTag] {
        var seen: Set<LanguageTag> = []
        return concept.terms.map(\.language).filter { seen.insert($0).inserted }
    }

    private static func problems(in glossary: Glossary) -> [GlossaryProblem] {
        var problems: [GlossaryProblem] = []
        var ids: Set<String> = []
        for concept in glossary.concepts {
            if !Concept.isValidIdentifier(concept.id) {
                problems.append(GlossaryProblem(.error, "concept id '\(concept.id)' is not an XML name (an ASCII letter, then letters, digits, '-', '_', '.')", at: concept.location))
            } else if !ids.insert(concept.id).inserted {
                problems.append(GlossaryProblem(.error, "concept id '\(concept.id)' is used twice; TBX ids must be unique", at: concept.location))
            }
            if let scalar = forbiddenScalar(in: concept.definition) {
                problems.append(forbidden(scalar, in: "the definition of concept '\(concept.id)'", at: concept.location))
            }
            for term in concept.terms {
                for (field, text) in [("term", term.text), ("source", term.source), ("note", term.note)] {
                    if let scalar = forbiddenScalar(in: text) {
                        problems.append(forbidden(scalar, in: "the \(field) of term '\(term.text)' (\(term.language), concept '\(concept.id)')", at: term.location))
                    }
                }
            }
        }
        return problems
    }

    private static func forbidden(_ scalar: Unicode.Scalar, in place: String, at location: SourceLocation?) -> GlossaryProblem {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return GlossaryProblem(.error, "\(place) holds \(code), a control character XML 1.0 cannot represent; remove it", at: location)
    }

    /// The first character outside XML 1.0's `Char` production, if any.
    private static func forbiddenScalar(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first(where: XMLText.isForbidden)
    }
}
