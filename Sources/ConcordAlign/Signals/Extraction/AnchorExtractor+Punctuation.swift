extension AnchorExtractor.State {
    /// Sentence punctuation: a question, an exclamation, a quotation, in either script.
    mutating func addPunctuation(_ text: String) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "?", "？": anchorBuffer.append(question)
            case "!", "！": anchorBuffer.append(exclamation)
            case "\"", "“", "”", "«", "»", "「", "」": anchorBuffer.append(quotation)
            default: break
            }
        }
    }
}
