import Foundation
import Testing
import ConcordAlign
import ConcordText

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Collects what an XML parser reads back from a TMX document.
private final class TMXReader: NSObject, XMLParserDelegate {
    var header: [String: String] = [:]
    var units: [[(language: String, text: String)]] = []
    var properties: [[String: String]] = []
    private var language: String?
    private var text = ""
    private var propertyType: String?
    private var inSegment = false

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch element {
        case "header": header = attributes
        case "tu":
            units.append([])
            properties.append([:])
        case "tuv": language = attributes["xml:lang"]
        case "seg":
            inSegment = true
            text = ""
        case "prop":
            propertyType = attributes["type"]
            text = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        switch element {
        case "seg":
            units[units.count - 1].append((language ?? "?", text))
            inSegment = false
        case "prop":
            if let propertyType { properties[properties.count - 1][propertyType] = text }
        default: break
        }
    }
}

@Suite struct TMXWriterTests {
    @Test func writesEscapedTextThatAnXMLParserReadsBack() throws {
        let writer = TMXWriter(sourceLanguage: .english, targetLanguage: .chinese, toolVersion: "1.0")
        let beads = [
            Bead(source: 0..<1, target: 0..<1, confidence: 0.9),
            Bead(source: 1..<2, target: 1..<1, confidence: 0),
            Bead(source: 2..<4, target: 1..<2, confidence: 0.456),
        ]
        let texts: [Range<Int>: (String, String)] = [
            0..<1: ("AT&T said \"<no>\" to 'Tik Tok'", "AT&T说“<不>”\u{0B}"),
            2..<4: ("Ross: 3 < 5 & 7 > 2.", "罗斯：3 < 5。"),
        ]
        let document = writer.document(beads: beads) { bead in texts[bead.source]! }
        let reader = TMXReader()
        let parser = XMLParser(data: Data(document.utf8))
        parser.delegate = reader
        #expect(parser.parse(), "\(parser.parserError.map(String.init(describing:)) ?? "")")
        for attribute in ["creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang", "datatype"] {
            #expect(reader.header[attribute] != nil, "missing \(attribute)")
        }
        #expect(reader.header["srclang"] == "en")
        #expect(reader.units.count == 2)
        #expect(reader.units[0].map(\.language) == ["en", "zh"])
        #expect(reader.units[0].map(\.text) == ["AT&T said \"<no>\" to 'Tik Tok'", "AT&T说“<不>”\u{FFFD}"])
        #expect(reader.units[1].map(\.text) == ["Ross: 3 < 5 & 7 > 2.", "罗斯：3 < 5。"])
        #expect(reader.properties[1]["x-concord-shape"] == "2-1")
        #expect(reader.properties[1]["x-concord-confidence"] == "0.456")
    }
}
