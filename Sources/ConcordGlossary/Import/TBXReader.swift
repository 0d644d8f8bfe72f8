import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads TBX v3 files in DCA style (ISO 30042:2019; root `tbx` in the namespace
/// `urn:iso:std:iso:30042:ed-2`) into concepts: the TBX-Basic files ``TBXWriter`` writes, and
/// other tools' files for what Concord's glossary can hold.
///
/// What is read: `conceptEntry@id`; the definition (`descrip type="definition"` on the entry,
/// else on a `langSec`); the concept type from the note `concept type: person`; each
/// `langSec@xml:lang`; each `termSec`'s `term`, `administrativeStatus` (superseded is read as
/// deprecated, deprecated plus the note `known misspelling` as a misspelling, a term without
/// status as admitted), `admin type="source"`, the note `case-sensitive` and its other notes
/// (joined by `; `). Everything else (`termType`, `partOfSpeech` and other data categories,
/// transactions, cross-references, the header) is skipped, with one warning for each kind of
/// element Concord has no place for.
///
/// Security: a file with a document type declaration (`<!DOCTYPE`) or an entity declaration
/// (`<!ENTITY`) is refused before any parsing, so no external entity is fetched (XXE) and no
/// entity is expanded (billion laughs); external entities are never resolved, and the
/// parser's DTD and entity callbacks stop the parse too, should a declaration get past the
/// scan. Only the predefined entities and character references are read.
///
/// The text is parsed as UTF-8 whatever the file's encoding was, so the XML declaration is
/// set aside (its line kept for line numbers): a declared encoding other than UTF-8 or UTF-16
/// is refused when the file is not plain ASCII, as its bytes were read as UTF-8.
public struct TBXReader {
    public init() {}

    /// Reads one TBX document.
    ///
    /// - Parameters:
    ///   - text: the whole file, decoded.
    ///   - path: the file name for messages and locations.
    /// - Returns: the concepts, in file order, each concept and term with its line; and every
    ///   problem found, `path:line` first. A malformed or refused document gives no concepts
    ///   and one error.
    public func read(_ text: String, path: String) -> (concepts: [Concept], problems: [GlossaryProblem]) {
        if let refusal = Self.declarationProblem(in: text, path: path) { return ([], [refusal]) }
        let parser = XMLParser(data: Data(Self.withoutXMLDeclaration(text).utf8))
        let handler = TBXDocumentHandler(path: path)
        parser.delegate = handler
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        _ = parser.parse()
        return handler.finish(line: parser.lineNumber)
    }

    /// The markup that makes a parser read a DTD or define entities, which Concord refuses.
    private static let refusedDeclarations = [("<!DOCTYPE", "a DOCTYPE"), ("<!ENTITY", "an ENTITY")]

    /// A refusal for a DTD or entity declaration, or an encoding the text was not read in.
    ///
    /// The scan matches the declarations in any case (XML requires upper case, so a lower-case
    /// one is malformed anyway); it also catches one inside a comment, which costs nothing in
    /// a termbase and keeps the rule simple.
    private static func declarationProblem(in text: String, path: String) -> GlossaryProblem? {
        let utf8 = Array(text.utf8)
        for (declaration, name) in refusedDeclarations {
            let pattern = Array(declaration.utf8)
            guard let offset = firstOffset(of: pattern, in: utf8) else { continue }
            let line = 1 + utf8[..<offset].lazy.filter { $0 == UInt8(ascii: "\n") }.count
            return GlossaryProblem(.error, "refusing \(name) declaration: Concord reads no DTD and no custom entities from a TBX file (remove the declaration; TBX v3 needs neither)",
                                   at: SourceLocation(path: path, line: line))
        }
        if let encoding = declaredEncoding(in: text),
           !["utf-8", "utf8", "utf-16", "utf16"].contains(encoding.lowercased()),
           !text.utf8.allSatisfy({ $0 < 0x80 }) {
            return GlossaryProblem(.error, "the XML declaration names the encoding '\(encoding)'; Concord reads TBX files in UTF-8 or UTF-16 only (convert the file)",
                                   at: SourceLocation(path: path, line: 1))
        }
        return nil
    }

    /// Case-insensitive (ASCII) search of `pattern` in `bytes`.
    private static func firstOffset(of pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        func lower(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
        let lowered = pattern.map(lower)
        for start in 0...(bytes.count - pattern.count) where bytes[start] == lowered[0] {
            if (1..<pattern.count).allSatisfy({ lower(bytes[start + $0]) == lowered[$0] }) { return start }
        }
        return nil
    }

    /// The `<?xml …?>` declaration at the very start, if any.
    private static func xmlDeclaration(in text: String) -> Substring? {
        guard text.hasPrefix("<?xml"), let next = text.dropFirst(5).first, next.isWhitespace,
              let end = text.range(of: "?>") else { return nil }
        return text[..<end.upperBound]
    }

    private static func declaredEncoding(in text: String) -> String? {
        guard let declaration = xmlDeclaration(in: text),
              let match = declaration.firstMatch(of: #/encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/#) else { return nil }
        return String(match.1)
    }

    /// The text with its XML declaration replaced by the line breaks it held.
    private static func withoutXMLDeclaration(_ text: String) -> String {
        guard let declaration = xmlDeclaration(in: text) else { return text }
        let breaks = String(repeating: "\n", count: declaration.filter { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }.count)
        return breaks + text[declaration.endIndex...]
    }
}
