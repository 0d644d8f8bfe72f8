/// Two segments of different articles that state the same thing.
public struct ComparablePair: Sendable, Hashable {
    /// Indexes of the documents in the list given to ``ComparableMatcher/match(_:)``, the first below the second.
    public let sourceDocument: Int
    public let targetDocument: Int
    /// 0-based segment indexes.
    public let sourceIndex: Int
    public let targetIndex: Int
    /// How much each segment covers of the other (the geometric mean of the two weighted
    /// shares), from 0 to 1, discounted when either segment has another candidate almost as
    /// good (see ``ComparableMatcher``).
    public let score: Double
    /// What the two segments share, strongest first: `concept tiktok`, `date 2020-09-20`, `name ross`…
    public let evidence: [String]
}
