import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import ConcordText

@Suite struct XMLTextTests {
    @Test func markupAndCarriageReturnsAreEscapedAndSurviveAParser() throws {
        let text = "AT&T <b> « Clean Network » \"quoted\" 'single' 蓬佩奥\r\nnext"
        let escaped = XMLText.escaped(text)
        #expect(escaped == "AT&amp;T &lt;b&gt; « Clean Network » &quot;quoted&quot; &apos;single&apos; 蓬佩奥&#xD;\nnext")
        final class Collector: NSObject, XMLParserDelegate {
            var text = ""
            func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
        }
        let collector = Collector()
        let parser = XMLParser(data: Data("<r a=\"\(escaped)\">\(escaped)</r>".utf8))
        parser.delegate = collector
        #expect(parser.parse())
        #expect(collector.text == text)
    }

    @Test func charactersXMLCannotHoldAreReplaced() {
        #expect(XMLText.isForbidden("\u{0B}"))
        #expect(!XMLText.isForbidden("\t"))
        #expect(XMLText.isForbidden("\u{FFFE}"))
        #expect(XMLText.escaped("a\u{0B}b\u{0}c") == "a\u{FFFD}b\u{FFFD}c")
        #expect(XMLText.escaped("plain 王毅") == "plain 王毅")
    }
}
