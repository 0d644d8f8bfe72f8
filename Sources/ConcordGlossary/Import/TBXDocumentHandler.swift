import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The parser delegate behind ``TBXReader``: follows the TBX element tree and builds concepts,
/// stopping at the first XML error or declaration and collecting every content problem.
final class TBXDocumentHandler: NSObject, XMLParserDelegate {
    private let path: String
    private var concepts: [Concept] = []
    private var problems: [GlossaryProblem] = []
    /// Set by the first fatal problem; every later callback is ignored.
    private var stopped = false
    private var sawRoot = false
    /// The open elements (local names) in the TBX namespace that are being read.
    private var stack: [String] = []
    /// Depth inside an element whose whole subtree is skipped; 0 when reading.
    private var skipDepth = 0
    private var concept: ConceptDraft?
    private var language: LanguageTag?
    private var term: TermDraft?
    private var capture: Capture?
    private var firstLineOfID: [String: Int] = [:]
    /// Skipped element kinds (`<descrip type="context">`): how many, and the first line.
    private var skipped: [String: (count: Int, line: Int)] = [:]
    /// Concepts without a type note and terms without a status: how many, and the first line.
    private var conceptsWithoutType: (count: Int, line: Int) = (0, 0)
    private var termsWithoutStatus: (count: Int, line: Int) = (0, 0)

    private struct ConceptDraft {
        let id: String
        let line: Int
        var isUsable: Bool
        var type: ConceptType?
        var definition = ""
        var terms: [Term] = []
    }

    private struct TermDraft {
        let line: Int
        var text: String?
        var status: TermStatus?
        var sources: [String] = []
        var notes: [String] = []
        var isMisspelling = false
        var isCaseSensitive = false
    }

    /// What the text being collected will become.
    private enum Target { case term, status, definition, source, termNote, conceptNote }

    private struct Capture {
        let target: Target
        let depth: Int
        let line: Int
        var text = ""
    }

    init(path: String) {
        self.path = path
    }

    /// The concepts and problems once parsing is over; no concepts after a fatal problem.
    func finish(line: Int) -> (concepts: [Concept], problems: [GlossaryProblem]) {
        if !stopped, !sawRoot { fail("no XML element found; is this a TBX file?", line: max(line, 1)) }
        if stopped { return ([], problems) }
        for (kind, seen) in skipped.sorted(by: { $0.value.line < $1.value.line }) {
            let what = seen.count == 1 ? "a \(kind) element" : "\(seen.count) \(kind) elements (the first here)"
            warn("skipped \(what): Concord's glossary has no place for it", line: seen.line)
        }
        if conceptsWithoutType.count > 0 {
            let what = conceptsWithoutType.count == 1 ? "a concept has" : "\(conceptsWithoutType.count) concepts (the first here) have"
            warn("\(what) no '\(TBXVocabulary.conceptTypePrefix)…' note; imported with type 'other'", line: conceptsWithoutType.line)
        }
        if termsWithoutStatus.count > 0 {
            let what = termsWithoutStatus.count == 1 ? "a term has" : "\(termsWithoutStatus.count) terms (the first here) have"
            warn("\(what) no administrativeStatus; imported as admitted", line: termsWithoutStatus.line)
        }
        let inLineOrder = problems.enumerated().sorted {
            ($0.element.location?.line ?? 0, $0.offset) < ($1.element.location?.line ?? 0, $1.offset)
        }
        return (concepts, inLineOrder.map(\.element))
    }

    // MARK: Elements

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        guard !stopped else { return }
        let line = parser.lineNumber
        if skipDepth > 0 {
            skipDepth += 1
            return
        }
        guard sawRoot else {
            sawRoot = true
            checkRoot(elementName, namespace: namespaceURI ?? "", attributes: attributes, line: line, parser: parser)
            return
        }
        if capture != nil {
            // Inline markup inside a text (`hi`, `foreign`, `ph`): its text belongs to the text.
            stack.append(elementName)
            return
        }
        guard namespaceURI == TBXVocabulary.namespace else {
            skip("<\(qualifiedName ?? elementName)> (namespace '\(namespaceURI ?? "")')", line: line)
            return
        }
        let type = attributes["type"] ?? ""
        let parent = stack.last ?? ""
        // Data categories may sit in a group (`termNoteGrp`, `descripGrp`, `adminGrp`) that
        // also holds notes about them; the category belongs to the group's parent.
        let level = stack.last { !$0.hasSuffix("Grp") } ?? ""
        switch elementName {
        case "tbxHeader":
            skipDepth = 1
        case "text" where parent == "tbx", "body" where parent == "text":
            stack.append(elementName)
        case "conceptEntry" where parent == "body":
            stack.append(elementName)
            startConcept(id: attributes["id"], line: line)
        case "langSec" where parent == "conceptEntry":
            stack.append(elementName)
            startLanguage(attributes["xml:lang"], line: line)
        case "termSec" where parent == "langSec":
            stack.append(elementName)
            term = TermDraft(line: line)
        case "termNoteGrp" where parent == "termSec", "descripGrp" where parent == "conceptEntry" || parent == "langSec",
             "adminGrp" where parent == "termSec":
            stack.append(elementName)
        case "term" where parent == "termSec":
            startCapture(.term, element: elementName, line: line)
        case "termNote" where level == "termSec" && type == "administrativeStatus":
            startCapture(.status, element: elementName, line: line)
        case "termNote" where level == "termSec" && (type == "partOfSpeech" || type == "termType"):
            // Concord writes these itself (every term a noun; acronym from the spelling).
            skipDepth = 1
        case "descrip" where (level == "conceptEntry" || level == "langSec") && type == "definition":
            startCapture(.definition, element: elementName, line: line)
        case "admin" where level == "termSec" && type == "source":
            startCapture(.source, element: elementName, line: line)
        case "note" where parent == "termSec":
            startCapture(.termNote, element: elementName, line: line)
        case "note" where parent == "conceptEntry":
            startCapture(.conceptNote, element: elementName, line: line)
        default:
            skip(type.isEmpty ? "<\(elementName)>" : "<\(elementName) type=\"\(type)\">", line: line)
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard !stopped else { return }
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        if let capture, capture.depth == stack.count {
            self.capture = nil
            finishCapture(capture)
        }
        switch stack.popLast() {
        case "termSec": finishTerm()
        case "langSec": language = nil
        case "conceptEntry": finishConcept()
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !stopped, skipDepth == 0 else { return }
        capture?.text += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard !stopped, skipDepth == 0 else { return }
        capture?.text += String(decoding: CDATABlock, as: UTF8.self)
    }

    // MARK: Errors and declarations

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        guard !stopped else { return }
        fail("malformed XML: \(Self.message(forXMLError: (parseError as NSError).code))", line: parser.lineNumber, parser: parser)
    }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
        if !stopped { fail("unknown entity '&\(name);' (only &amp; &lt; &gt; &quot; &apos; and character references are read)", line: parser.lineNumber, parser: parser) }
        return nil
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        refuseDeclaration(parser)
    }

    func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
        refuseDeclaration(parser)
    }

    func parser(_ parser: XMLParser, foundUnparsedEntityDeclarationWithName name: String, publicID: String?, systemID: String?, notationName: String?) {
        refuseDeclaration(parser)
    }

    func parser(_ parser: XMLParser, foundNotationDeclarationWithName name: String, publicID: String?, systemID: String?) {
        refuseDeclaration(parser)
    }

    func parser(_ parser: XMLParser, foundElementDeclarationWithName elementName: String, model: String) {
        refuseDeclaration(parser)
    }

    func parser(_ parser: XMLParser, foundAttributeDeclarationWithName attributeName: String, forElement elementName: String, type: String?, defaultValue: String?) {
        refuseDeclaration(parser)
    }

    private func refuseDeclaration(_ parser: XMLParser) {
        guard !stopped else { return }
        fail("refusing a DTD declaration: Concord reads no DTD and no custom entities from a TBX file", line: parser.lineNumber, parser: parser)
    }

    /// libxml2's error numbers (which `XMLParser` passes on) for the faults a hand-edited
    /// file most often has.
    private static func message(forXMLError code: Int) -> String {
        switch code {
        case 4: return "no XML element found"
        case 5: return "the document ends before its elements are closed, or text follows the root element"
        case 9: return "a character XML does not allow"
        case 23: return "an entity reference without its ';' (write '&' as '&amp;')"
        case 26: return "an undeclared entity"
        case 38: return "'<' inside an attribute value (write it as '&lt;')"
        case 39: return "an attribute value without quotes"
        case 41: return "an attribute without a value"
        case 42: return "an attribute given twice"
        case 45: return "a comment that is never closed"
        case 68: return "a name was expected (write '&' as '&amp;' and '<' as '&lt;')"
        case 73: return "'>' was expected"
        case 76: return "an end tag that does not match its start tag"
        case 201: return "an undeclared namespace prefix"
        default: return "libxml2 error \(code)"
        }
    }

    // MARK: Building

    private func checkRoot(_ name: String, namespace: String, attributes: [String: String], line: Int, parser: XMLParser) {
        if name == "martif" {
            fail("this is a TBX v2 file (root <martif>); Concord reads TBX v3 (root <tbx> in namespace \(TBXVocabulary.namespace)): convert it first", line: line, parser: parser)
        } else if name != "tbx" {
            fail("not a TBX file: the root element is <\(name)>, not <tbx>", line: line, parser: parser)
        } else if namespace != TBXVocabulary.namespace {
            let actual = namespace.isEmpty ? "no namespace" : "namespace '\(namespace)'"
            fail("<tbx> is in \(actual); TBX v3 uses namespace \(TBXVocabulary.namespace)", line: line, parser: parser)
        } else if attributes["style"] == "dct" {
            fail("this TBX file is in DCT style; Concord reads DCA style (data categories as type attributes)", line: line, parser: parser)
        } else {
            stack.append(name)
        }
    }

    private func startConcept(id rawID: String?, line: Int) {
        let id = rawID?.trimmingCharacters(in: .whitespaces) ?? ""
        var usable = true
        if id.isEmpty {
            error("<conceptEntry> without an id", line: line)
            usable = false
        } else if let first = firstLineOfID[id] {
            error("duplicate concept id '\(id)' (first at line \(first))", line: line)
            usable = false
        } else {
            firstLineOfID[id] = line
            if !Concept.isValidIdentifier(id) {
                error("concept id '\(id)' must start with an ASCII letter and hold only letters, digits, '-', '_' and '.'", line: line)
                usable = false
            }
        }
        concept = ConceptDraft(id: id, line: line, isUsable: usable)
    }

    private func startLanguage(_ tag: String?, line: Int) {
        language = tag.flatMap(LanguageTag.init)
        if language == nil {
            error(tag.map { "unknown language '\($0)' in xml:lang (use a BCP 47 tag such as en, fr, zh, zh-Hant)" } ?? "<langSec> without xml:lang", line: line)
        }
    }

    private func startCapture(_ target: Target, element: String, line: Int) {
        stack.append(element)
        capture = Capture(target: target, depth: stack.count, line: line)
    }

    private func finishCapture(_ capture: Capture) {
        let text = capture.text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch capture.target {
        case .term:
            term?.text = text
        case .status:
            guard let status = TBXVocabulary.status(administrativeStatus: text) else {
                error("unknown administrativeStatus '\(text)' (TBX-Basic: preferredTerm-admn-sts, admittedTerm-admn-sts, deprecatedTerm-admn-sts, supersededTerm-admn-sts)", line: capture.line)
                return
            }
            if let earlier = term?.status, earlier != status {
                error("a second, different administrativeStatus for one term", line: capture.line)
            }
            term?.status = status
        case .definition:
            guard let current = concept?.definition, !text.isEmpty else { return }
            if current.isEmpty {
                concept?.definition = text
            } else if current != text {
                warn("concept '\(concept?.id ?? "")' has a second, different definition; the first is kept", line: capture.line)
            }
        case .source:
            if !text.isEmpty { term?.sources.append(text) }
        case .termNote:
            switch text {
            case TBXVocabulary.misspellingNote: term?.isMisspelling = true
            case TBXVocabulary.caseSensitiveNote: term?.isCaseSensitive = true
            case "": break
            default: term?.notes.append(text)
            }
        case .conceptNote:
            guard text.hasPrefix(TBXVocabulary.conceptTypePrefix) else {
                recordSkipped("<note> on a conceptEntry", line: capture.line)
                return
            }
            let name = text.dropFirst(TBXVocabulary.conceptTypePrefix.count).trimmingCharacters(in: .whitespaces)
            guard let type = ConceptType(rawValue: name.lowercased()) else {
                error("unknown concept type '\(name)' (one of: \(ConceptType.allCases.map(\.rawValue).joined(separator: ", ")))", line: capture.line)
                return
            }
            if let earlier = concept?.type, earlier != type {
                error("concept '\(concept?.id ?? "")' has two types, '\(earlier.rawValue)' and '\(type.rawValue)'", line: capture.line)
            }
            concept?.type = type
        }
    }

    private func finishTerm() {
        guard let draft = term else { return }
        term = nil
        guard let language else { return }
        guard let text = draft.text, !text.isEmpty else {
            error("a termSec without a term", line: draft.line)
            return
        }
        if text.contains(where: { $0.isNewline || $0 == "\t" }) {
            error("term '\(text)' holds a tab or a line break", line: draft.line)
            return
        }
        var notes = draft.notes
        var status = draft.status ?? .admitted
        if draft.status == nil { count(&termsWithoutStatus, line: draft.line) }
        if draft.isMisspelling {
            if status == .deprecated { status = .misspelling } else { notes.insert(TBXVocabulary.misspellingNote, at: 0) }
        }
        concept?.terms.append(Term(text, language: language, status: status, isCaseSensitive: draft.isCaseSensitive,
                                   source: draft.sources.joined(separator: "; "), note: notes.joined(separator: "; "),
                                   location: SourceLocation(path: path, line: draft.line)))
    }

    private func finishConcept() {
        guard let draft = concept else { return }
        concept = nil
        guard draft.isUsable else { return }
        guard !draft.terms.isEmpty else {
            warn("concept '\(draft.id)' has no usable term; skipped", line: draft.line)
            return
        }
        if draft.type == nil { count(&conceptsWithoutType, line: draft.line) }
        concepts.append(Concept(id: draft.id, type: draft.type ?? .other, definition: draft.definition, terms: draft.terms,
                                location: SourceLocation(path: path, line: draft.line)))
    }

    // MARK: Problems

    /// Skips the element just started, and everything in it.
    private func skip(_ kind: String, line: Int) {
        skipDepth = 1
        recordSkipped(kind, line: line)
    }

    private func count(_ tally: inout (count: Int, line: Int), line: Int) {
        tally = (tally.count + 1, tally.count == 0 ? line : tally.line)
    }

    private func recordSkipped(_ kind: String, line: Int) {
        let seen = skipped[kind]
        skipped[kind] = ((seen?.count ?? 0) + 1, seen?.line ?? line)
    }

    private func error(_ message: String, line: Int) {
        problems.append(GlossaryProblem(.error, message, at: SourceLocation(path: path, line: line)))
    }

    private func warn(_ message: String, line: Int) {
        problems.append(GlossaryProblem(.warning, message, at: SourceLocation(path: path, line: line)))
    }

    private func fail(_ message: String, line: Int, parser: XMLParser? = nil) {
        error(message, line: line)
        stopped = true
        parser?.abortParsing()
    }
}
