/// What kind of thing a concept is; names of people, organisations, products and places are
/// what the audit checks most closely.
public enum ConceptType: String, Sendable, Hashable, Codable, CaseIterable {
    case person
    case organization
    case product
    case place
    case program
    case other

    /// `true` for proper names (people, organisations, products, places, programmes).
    public var isName: Bool { self != .other }
}
