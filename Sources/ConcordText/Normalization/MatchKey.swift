/// Keys under which two spellings of a name count as the same: `Pompéo`, `POMPEO`, `Pom-peo`,
/// `Ｐｏｍｐｅｏ` and `Pom peo` all have the key `pompeo`; `蓬佩奥` keeps its Han characters.
///
/// The key is NFKC_Casefold (full-width → ASCII, case folded), with diacritics removed (NFD,
/// then nonspacing marks dropped) and punctuation, spaces, dashes and format characters removed.
public struct MatchKeyMaker {
    private let casefold: Normalizer
    private let decompose: Normalizer
    private let compose: Normalizer

    public init() throws(ICUError) {
        casefold = try Normalizer(.nfkcCasefold)
        decompose = try Normalizer(.nfd)
        compose = try Normalizer(.nfc)
    }

    /// The match key of `text`.
    public func key(_ text: String) throws(ICUError) -> String {
        let decomposed = try decompose.normalize(try casefold.normalize(text))
        var kept = String.UnicodeScalarView()
        for scalar in decomposed.unicodeScalars {
            let category = CharacterCategory(scalar)
            if category.isMark || category.isPunctuation || category.isSeparator
                || category == .format || category == .control || scalar == " " {
                continue
            }
            kept.append(scalar)
        }
        return try compose.normalize(String(kept))
    }
}
