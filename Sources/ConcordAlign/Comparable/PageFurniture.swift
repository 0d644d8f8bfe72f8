/// What a web copy of an article holds besides its sentences — bylines, dates, captions' credits,
/// "Related" and "Vidéos recommandées" link lists, "Leave a Reply", share prompts, lone list
/// numbers — recognised by shape, in any language: a segment after the first (the headline)
/// that ends without punctuation, or that has no letter at all. Running text ends its
/// sentences with a mark (`.`, `。`, `?`, a comma of a verse that goes on, a closing quote);
/// furniture does not. The comparable mode leaves furniture unpaired: it states no fact.
///
/// On Samples/reports, 72 of the 90 debris segments are recognised and 1 of the 393 others
/// (a subheading); of the dev sets' running text, 0 of 7,120 MSRP sentences and 16 of 14,720
/// bible-dev verses end without punctuation.
enum PageFurniture {
    /// Whether the segment at `index` of an article is page furniture.
    static func contains(_ text: String, at index: Int) -> Bool {
        guard index > 0 else { return false }
        guard text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { return true }
        guard let last = text.unicodeScalars.last(where: { !$0.properties.isWhitespace }) else { return true }
        switch last.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .mathSymbol, .currencySymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}
