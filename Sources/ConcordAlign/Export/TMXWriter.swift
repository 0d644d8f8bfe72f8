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
              <header creationtool="Concord" creationtoolversion="\(XMLText.escaped(toolVersion))" segtype="sentence" o-tmf="Concord" adminlang="en" srclang="\(XMLText.escaped(sourceLanguage.code))" datatype="plaintext"/>
              <body>

            """
        for (index, bead) in beads.enumerated() where !bead.shape.isNull {
            let (source, target) = text(bead)
            output += """
                    <tu tuid="\(index + 1)">
                      <prop type="x-concord-shape">\(bead.shape)</prop>
                      <prop type="x-concord-confidence">\(String(format3: bead.confidence))</prop>
                      <tuv xml:lang="\(XMLText.escaped(sourceLanguage.code))"><seg>\(XMLText.escaped(source))</seg></tuv>
                      <tuv xml:lang="\(XMLText.escaped(targetLanguage.code))"><seg>\(XMLText.escaped(target))</seg></tuv>
                    </tu>

                """
        }
        output += "  </body>\n</tmx>\n"
        return output
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
