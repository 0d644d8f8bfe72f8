import CICUShim

/// Unicode general categories, as ICU numbers them (`UCharCategory`).
public enum CharacterCategory: Int32, Sendable {
    case unassigned = 0
    case uppercaseLetter, lowercaseLetter, titlecaseLetter, modifierLetter, otherLetter
    case nonSpacingMark, enclosingMark, combiningSpacingMark
    case decimalDigit, letterNumber, otherNumber
    case spaceSeparator, lineSeparator, paragraphSeparator
    case control, format, privateUse, surrogate
    case dashPunctuation, openPunctuation, closePunctuation, connectorPunctuation, otherPunctuation
    case mathSymbol, currencySymbol, modifierSymbol, otherSymbol
    case initialPunctuation, finalPunctuation

    /// The category of a code point. The corresponding ICU function is `u_charType`.
    public init(_ scalar: Unicode.Scalar) {
        self = CharacterCategory(rawValue: icushim_char_category(Int32(scalar.value))) ?? .unassigned
    }

    public var isLetter: Bool { (1...5).contains(rawValue) }
    public var isMark: Bool { (6...8).contains(rawValue) }
    public var isNumber: Bool { (9...11).contains(rawValue) }
    public var isSeparator: Bool { (12...14).contains(rawValue) }
    public var isPunctuation: Bool {
        (19...23).contains(rawValue) || self == .initialPunctuation || self == .finalPunctuation
    }
}
