import ConcordText

extension AnchorExtractor.State {
    /// The glossary concepts named in the sentence, given its Latin-script words in order.
    mutating func addConcepts(_ glossary: GlossaryTerms, words: [String], text: String, language: Language) {
        for concept in glossary.concepts(words: words, text: text, language: language) {
            anchorBuffer.append(anchors.keyId(Anchor(.concept, concept)))
        }
    }
}
