extension Anchor {
    /// The anchor in words, as a pair's evidence: `concept tiktok`, `date 2020-09-20`, `name ross`.
    var explanation: String {
        switch kind {
        case .concept: return "concept \(payload)"
        case .date: return "date \(payload)"
        case .number: return "number \(payload)"
        case .name: return "name \(payload)"
        case .soundSkeleton: return "name sounding \(payload)"
        case .soundStart: return "name beginning like \(payload)"
        case .punctuation: return "punctuation \(payload)"
        case .learnt: return "learnt translation " + payload.split(separator: "|").joined(separator: " = ")
        case .translation: return "translation \(payload)"
        case .pivotTranslation: return "translation through English \(payload)"
        case .cognate: return "stem \(payload)"
        case .percentage: return description
        }
    }
}
