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
        // ASCII and the unified Han ideographs are their own NFD and NFC, and their case
        // folding is lowercasing: the normalizers would hand them back unchanged, at a cost
        // that dominates reading a large glossary.
        if text.unicodeScalars.allSatisfy(Self.foldsByLowercasing) { return Self.lowercasedLettersAndDigits(text) }
        let decomposed = try decompose.normalize(try casefold.normalize(text))
        return try compose.normalize(String(Self.kept(decomposed.unicodeScalars)))
    }

    private static func foldsByLowercasing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x80, 0x3400...0x4DBF, 0x4E00...0x9FFF: true
        default: false
        }
    }

    /// Which ASCII characters a key keeps (the same test as ``kept(_:)``), and their lowercase forms.
    private static let asciiKept: [UInt8?] = (0..<128).map { value in
        let scalar = Unicode.Scalar(UInt8(value))
        return kept(String(scalar).unicodeScalars).isEmpty ? nil : UInt8(ascii: Character(scalar).lowercased().unicodeScalars.first!)
    }

    /// The key of text made of ASCII and unified Han ideographs (which a key keeps whole).
    private static func lowercasedLettersAndDigits(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if byte >= 0x80 { bytes.append(byte) } else if let kept = asciiKept[Int(byte)] { bytes.append(kept) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func kept(_ scalars: String.UnicodeScalarView) -> String.UnicodeScalarView {
        var kept = String.UnicodeScalarView()
        for scalar in scalars {
            let category = CharacterCategory(scalar)
            if category.isMark || category.isPunctuation || category.isSeparator
                || category == .format || category == .control || scalar == " " {
                continue
            }
            kept.append(scalar)
        }
        return kept
    }
}
