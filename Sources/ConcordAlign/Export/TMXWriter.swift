import ConcordText

/// Writes an alignment as a TMX 1.4b translation memory: one `<tu>` per bead that has both
/// sides, with the bead's shape and confidence as `<prop>`s. Beads with one side empty
/// (omissions) are left out: a translation memory holds translations, and the other formats
/// list the omissions.
public struct TMXWriter: Sendable {
    public let sourceLanguage: Language
    public let targetLanguage: Language
    public var toolVersion: String

    public init(sourceLanguage: Language, targetLanguage: Language, toolVersion: String) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.toolVersion = toolVersion
    }

    /// The TMX document, given each bead's source and target text.
    public func document(beads: [Bead], text: (Bead) -> (source: String, target: String)) -> String {
        var output = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE tmx SYSTEM "tmx14.dtd">
            <tmx version="1.4">
              <header creationtool="Concord" creationtoolversion="\(Self.escaped(toolVersion))" segtype="sentence" o-tmf="Concord" adminlang="en" srclang="\(Self.escaped(sourceLanguage.code))" datatype="plaintext"/>
              <body>

            """
        for (index, bead) in beads.enumerated() where !bead.shape.isNull {
            let (source, target) = text(bead)
            output += """
                    <tu tuid="\(index + 1)">
                      <prop type="x-concord-shape">\(bead.shape)</prop>
                      <prop type="x-concord-confidence">\(String(format3: bead.confidence))</prop>
                      <tuv xml:lang="\(Self.escaped(sourceLanguage.code))"><seg>\(Self.escaped(source))</seg></tuv>
                      <tuv xml:lang="\(Self.escaped(targetLanguage.code))"><seg>\(Self.escaped(target))</seg></tuv>
                    </tu>

                """
        }
        output += "  </body>\n</tmx>\n"
        return output
    }

    /// Text as XML character data or attribute value: markup characters escaped, and the
    /// characters XML 1.0 cannot hold (C0 controls other than tab and line ends, U+FFFE, U+FFFF)
    /// replaced by U+FFFD.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

private extension String {
    /// A number with three decimals, without Foundation's locale-dependent formatting.
    init(format3 value: Double) {
        let thousandths = Int((value * 1000).rounded())
        let fraction = String(thousandths % 1000)
        self = "\(thousandths / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }
}
