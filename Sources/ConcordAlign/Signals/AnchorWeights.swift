/// What a match of each ``AnchorKind`` is worth, one table per mode.
struct AnchorWeights: Sendable {
    private let weights: [AnchorKind: Double]

    /// The weight of a kind; 0 for a kind the mode does not use.
    subscript(kind: AnchorKind) -> Double { weights[kind] ?? 0 }

    /// Whether the mode weighs anchors of this kind at all.
    func uses(_ kind: AnchorKind) -> Bool { weights[kind] != nil }

    /// The translation aligner (``Aligner``): numbers and dates are the strongest evidence,
    /// then concepts and names; sounds are not used, the order of the sentences says more.
    static let translation = AnchorWeights(weights: [
        .number: 1.5, .percentage: 1.5, .date: 1.5, .concept: 1.2, .name: 1.0, .learnt: 0.8, .translation: 0.6,
        .pivotTranslation: 0.2, .cognate: 0.5, .punctuation: 0.3,
    ])

    /// The comparable mode (``ComparableMatcher``): concepts, names, numbers and dates say more
    /// than a shared stem or a dictionary translation; a name's sounds, shared by many Chinese
    /// words, say less (figures in <doc:TuningHistory>).
    static let comparable = AnchorWeights(weights: [
        .concept: 2, .date: 2, .name: 1.5, .number: 1.5, .percentage: 1, .cognate: 1, .translation: 1, .pivotTranslation: 1, .learnt: 1,
        .soundSkeleton: 0.5, .soundStart: 0.5, .punctuation: 0.3,
    ])
}
