/// A span of a document measured against the terms its words are near. A document repeats its
/// names, so each distinct span remembers, term by term, how far it is; its sound key is
/// worked out once, when a term first needs it.
final class NearMissQuery {
    /// How far the span is from a term, within the term's limit.
    struct Measure {
        let distance: Double
        let limit: Double
        let soundsAlike: Bool
    }

    let letters: [Unicode.Scalar]
    private var soundKey: String?
    private var measures: [Int32: Measure?] = [:]

    init(_ key: String) { letters = Array(key.unicodeScalars) }

    /// The distance to `term` when the span reads as a slip for it, nil when it does not: when
    /// it is the term itself, a derived form (`Americans`), or too far.
    func measure(_ term: IndexedTerm, id: Int32, limit: Double) -> Measure? {
        if let known = measures[id] { return known }
        let measure = measured(term, limit: limit)
        measures[id] = measure
        return measure
    }

    private func measured(_ term: IndexedTerm, limit: Double) -> Measure? {
        guard term.letters != letters, !Auditor.isDerived(letters, from: term.letters) else { return nil }
        // Spellings that sound alike may be further apart (`Adolpho` for `Adolfo`).
        var limit = limit
        let soundsAlike = term.letters.first == letters.first && PhoneticKey.isSpecific(term.soundKey, letters: term.letters.count)
            && term.soundKey == sound()
        if soundsAlike { limit += 1 }
        return SpellingDistance.distance(term.letters, letters, limit: limit).map { Measure(distance: $0, limit: limit, soundsAlike: soundsAlike) }
    }

    private func sound() -> String {
        if let soundKey { return soundKey }
        let key = PhoneticKey.key(String(String.UnicodeScalarView(letters)))
        soundKey = key
        return key
    }
}
