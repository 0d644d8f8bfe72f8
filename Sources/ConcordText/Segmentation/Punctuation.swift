/// Classes of UTF-16 code units that segmentation decides on. All are BMP characters, so a
/// single code unit tells. ``isSpace(_:)`` is Concord's one definition of white space.
public enum Punctuation {
    /// White space, including no-break spaces (French puts U+00A0 or U+202F before `»`, `?`,
    /// `:`) and the ideographic space.
    @inline(__always)
    public static func isSpace(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return unit == 0x20 || (unit >= 0x09 && unit <= 0x0D) }
        switch unit {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Marks that close a quotation or a bracket and belong to the sentence before them.
    @inline(__always)
    static func isClosing(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x29, 0x5D, 0xBB, 0x2019, 0x201D, 0x203A, 0x3009, 0x300B, 0x300D, 0x300F, 0x3011,
             0x3015, 0x3017, 0xFF09, 0xFF3D, 0xFF63:
            return true
        default:
            return false
        }
    }

    /// Marks that open a quotation or a bracket and belong to the sentence after them.
    @inline(__always)
    static func isOpening(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x28, 0x5B, 0xAB, 0x2018, 0x201C, 0x2039, 0x3008, 0x300A, 0x300C, 0x300E, 0x3010,
             0x3014, 0x3016, 0xFF08, 0xFF3B, 0xFF62:
            return true
        default:
            return false
        }
    }

    /// Straight quotes, which open and close alike.
    @inline(__always)
    static func isQuote(_ unit: UInt16) -> Bool { unit == 0x22 || unit == 0x27 }

    /// East Asian wide characters (Han, kana, Hangul, full-width forms), between which a
    /// wrapped line end is dropped rather than read as a space.
    @inline(__always)
    static func isWide(_ unit: UInt16) -> Bool {
        if unit >= 0x2E80 && unit <= 0xA4CF { return true }
        if unit < 0x1100 { return false }
        switch unit {
        case 0x1100...0x115F, 0xAC00...0xD7A3, 0xD840...0xD87F, 0xF900...0xFAFF,
             0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6:
            return true
        default:
            return false
        }
    }

    /// Bullets and dashes that start a list item.
    @inline(__always)
    static func isListMarker(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x2D, 0x2A, 0x2022, 0x2013, 0x2014, 0x25CF, 0x25AA, 0x30FB: return true
        default: return false
        }
    }
}
