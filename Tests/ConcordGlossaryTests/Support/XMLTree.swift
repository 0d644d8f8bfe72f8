import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML document read back with Foundation's parser, so tests check what a reader sees
/// rather than the bytes a writer meant to write.
final class XMLTree {
    final class Element {
        let name: String
        let namespace: String
        let attributes: [String: String]
        var children: [Element] = []
        var text = ""

        init(name: String, namespace: String, attributes: [String: String]) {
            self.name = name
            self.namespace = namespace
            self.attributes = attributes
        }

        func children(_ name: String) -> [Element] { children.filter { $0.name == name } }
        func child(_ name: String) -> Element? { children.first { $0.name == name } }
        /// Every element below this one, depth first.
        var descendants: [Element] { children.flatMap { [$0] + $0.descendants } }
    }

    let root: Element

    /// Parses `text`; nil when the parser reports any error.
    init?(_ text: String) {
        let builder = Builder()
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldProcessNamespaces = true
        parser.delegate = builder
        guard parser.parse(), parser.parserError == nil, !builder.failed, let root = builder.root else { return nil }
        self.root = root
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: Element?
        var stack: [Element] = []
        var failed = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let element = Element(name: name, namespace: namespaceURI ?? "", attributes: attributes)
            if let parent = stack.last { parent.children.append(element) } else { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { stack.last?.text += string }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) { failed = true }
    }
}
