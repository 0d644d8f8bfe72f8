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
    private var soundHash: UInt64?
    private var measures: [Int32: Measure?] = [:]

    init(_ key: String) { letters = Array(key.unicodeScalars) }

    /// The distance to term `id` when the span reads as a slip for it, nil when it does not:
    /// when it is the term itself, a derived form (`Americans`), or too far.
    func measure(_ id: Int32, in columns: TermColumns, limit: Double) -> Measure? {
        if let known = measures[id] { return known }
        let measure = measured(id, in: columns, limit: limit)
        measures[id] = measure
        return measure
    }

    private func measured(_ id: Int32, in columns: TermColumns, limit: Double) -> Measure? {
        let term = columns.letters(id)
        guard !term.elementsEqual(letters), !Auditor.isDerived(letters, from: term) else { return nil }
        // Spellings that sound alike may be further apart (`Adolpho` for `Adolfo`).
        var limit = limit
        let termSound = columns.soundHash(id)
        let soundsAlike = termSound != 0 && term.first == letters.first && termSound == sound()
        if soundsAlike { limit += 1 }
        let distance = letters.withUnsafeBufferPointer { SpellingDistance.distance(term, $0, limit: limit) }
        return distance.map { Measure(distance: $0, limit: limit, soundsAlike: soundsAlike) }
    }

    private func sound() -> UInt64 {
        if let soundHash { return soundHash }
        let hash = TermColumns.soundHash(PhoneticKey.key(String(String.UnicodeScalarView(letters))))
        soundHash = hash
        return hash
    }
}
