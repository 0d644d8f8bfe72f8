import ConcordText

/// Evidence that two sentences correspond: a kind and a payload that is equal on both sides
/// when the evidence is, `Anchor(.name, "pompeo")` for `Pompéo` and `Pompeo`, `Anchor(.date,
/// "2020-09-20")` for `20 septembre 2020` and `2020年9月20日`.
///
/// Written `kind:payload` (`w:pompeo`, `d:2020-09-20`) in traces and tests, and ordered by that text.
struct Anchor: Hashable, Sendable, CustomStringConvertible {
    let kind: AnchorKind
    let payload: String

    init(_ kind: AnchorKind, _ payload: String) {
        self.kind = kind
        self.payload = payload
    }

    /// The anchor of a number, percentage or date found in text.
    init(_ mention: NumberMention) {
        switch mention.value {
        case .cardinal: self.init(.number, mention.canonicalValue)
        case .percent: self.init(.percentage, mention.canonicalValue)
        case .date: self.init(.date, mention.canonicalValue)
        }
    }

    var description: String { "\(kind.rawValue):\(payload)" }
}
