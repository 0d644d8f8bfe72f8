extension AnchorExtractor.State {
    /// Between two Latin-script languages, a word of four letters or more meets its cognates
    /// by its first four (`sécurité` ~ `security`: `secu`).
    mutating func addCognate(_ key: String, _ extractor: AnchorExtractor) {
        if extractor.pairIsLatin, key.count >= 4 { otherAnchors.append(anchors.keyId(Anchor(.cognate, String(key.prefix(4))))) }
    }
}
