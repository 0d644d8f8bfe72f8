/// Writes a glossary as a JSON array (RFC 8259, UTF-8), one object per concept:
///
/// ```json
/// [
///   {
///     "id": "mike-pompeo",
///     "type": "person",
///     "definition": "US Secretary of State (2018–2021) …",
///     "terms": [
///       {"text": "Mike Pompeo", "lang": "en", "status": "preferred"},
///       {"text": "Pompio", "lang": "en", "status": "misspelling", "source": "seed 003"}
///     ]
///   }
/// ]
/// ```
///
/// `case_sensitive` (always `true` when present), `source` and `note` appear only when set.
/// Keys are written in this fixed order, one term per line, so the file reads well and the
/// same glossary always gives the same bytes.
public struct JSONGlossaryWriter {
    public init() {}

    /// The whole document, ending in a line feed.
    public func document(_ glossary: Glossary) -> String {
        guard !glossary.concepts.isEmpty else { return "[]\n" }
        var json = "[\n"
        for (index, concept) in glossary.concepts.enumerated() {
            json += "  {\n"
            json += "    \"id\": \(Self.string(concept.id)),\n"
            json += "    \"type\": \(Self.string(concept.type.rawValue)),\n"
            json += "    \"definition\": \(Self.string(concept.definition)),\n"
            json += "    \"terms\": ["
            json += concept.terms.map { "\n      " + Self.object($0) }.joined(separator: ",")
            json += concept.terms.isEmpty ? "]\n" : "\n    ]\n"
            json += index == glossary.concepts.count - 1 ? "  }\n" : "  },\n"
        }
        return json + "]\n"
    }

    private static func object(_ term: Term) -> String {
        var members = [("text", string(term.text)), ("lang", string(term.language.tag)), ("status", string(term.status.rawValue))]
        if term.isCaseSensitive { members.append(("case_sensitive", "true")) }
        if !term.source.isEmpty { members.append(("source", string(term.source))) }
        if !term.note.isEmpty { members.append(("note", string(term.note))) }
        return "{" + members.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, everything
    /// else (accents, CJK, `/`) as it is.
    private static func string(_ text: String) -> String {
        var literal = "\""
        literal.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": literal += "\\\""
            case "\\": literal += "\\\\"
            case "\n": literal += "\\n"
            case "\r": literal += "\\r"
            case "\t": literal += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                literal += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: literal.unicodeScalars.append(scalar)
            }
        }
        return literal + "\""
    }
}
