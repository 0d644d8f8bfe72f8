/// The steps of an alignment, reported to a progress callback as they start.
public enum AlignmentStage: String, Sendable, CaseIterable {
    case analysing = "reading anchors"
    case firstPass = "first pass"
    case learning = "learning word pairs"
    case secondPass = "second pass"

    /// Share of the work done when the stage starts, for a progress display.
    public var progress: Double {
        switch self {
        case .analysing: return 0
        case .firstPass: return 0.45
        case .learning: return 0.65
        case .secondPass: return 0.72
        }
    }
}
