/// Text for XML documents (TMX, TBX): escaped once, the same way everywhere.
public enum XMLText {
    /// `true` for the characters XML 1.0's `Char` production excludes: C0 controls other than
    /// tab and line ends, U+FFFE and U+FFFF.
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case ..<0x20, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }

    /// Text as element content or a double- or single-quoted attribute value: markup characters
    /// escaped, a carriage return written `&#xD;` (a parser would turn a raw one into a line
    /// feed), and forbidden characters replaced by U+FFFD (writers that must not lose them
    /// check ``isForbidden(_:)`` first).
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { "&<>\"'\r".unicodeScalars.contains($0) || isForbidden($0) }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\r": result += "&#xD;"
            case _ where isForbidden(scalar): result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
