/// The TBX names Concord writes and reads back, in one place so that ``TBXWriter`` and
/// ``TBXReader`` cannot drift apart.
///
/// TBX-Basic has no picklist value for a misspelling, a case-sensitive term or a concept
/// type, so Concord writes them as notes with fixed texts; the reader recognises exactly
/// these texts.
enum TBXVocabulary {
    /// The TBX v3 namespace (ISO 30042:2019).
    static let namespace = "urn:iso:std:iso:30042:ed-2"
    /// The start of the `conceptEntry` note that carries the concept type.
    static let conceptTypePrefix = "concept type: "
    /// The `termSec` note of a misspelling (written with `deprecatedTerm-admn-sts`).
    static let misspellingNote = "known misspelling"
    /// The `termSec` note of a case-sensitive term.
    static let caseSensitiveNote = "case-sensitive"

    /// The `administrativeStatus` value for a status.
    static func administrativeStatus(_ status: TermStatus) -> String {
        switch status {
        case .preferred: return "preferredTerm-admn-sts"
        case .admitted: return "admittedTerm-admn-sts"
        case .deprecated, .misspelling: return "deprecatedTerm-admn-sts"
        }
    }

    /// The status for an `administrativeStatus` value; `supersededTerm-admn-sts` is read as
    /// deprecated, the nearest Concord status. Nil for a value outside the TBX-Basic picklist.
    static func status(administrativeStatus value: String) -> TermStatus? {
        switch value {
        case "preferredTerm-admn-sts": return .preferred
        case "admittedTerm-admn-sts": return .admitted
        case "deprecatedTerm-admn-sts", "supersededTerm-admn-sts": return .deprecated
        default: return nil
        }
    }

    /// The `termType`: `acronym` for two or more capital ASCII letters (`CFIUS`), else `fullForm`.
    static func termType(_ text: String) -> String {
        let isAcronym = text.unicodeScalars.count >= 2 && text.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
        return isAcronym ? "acronym" : "fullForm"
    }
}
