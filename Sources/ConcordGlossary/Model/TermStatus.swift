/// How a glossary recommends a term: the form to write, an acceptable alternative, a form to
/// avoid, or a known misspelling (kept so the audit can recognise it at once).
public enum TermStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case preferred
    case admitted
    case deprecated
    case misspelling

    /// `true` for the forms a writer may use (preferred and admitted).
    public var isAcceptable: Bool { self == .preferred || self == .admitted }
}
