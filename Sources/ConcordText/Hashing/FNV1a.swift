/// The 64-bit FNV-1a hash, fed one value at a time (bytes, code units or scalars).
///
/// Concord's flat tables (interned tokens, lexicon headwords, deletion neighbourhoods, term
/// postings) key their entries by this hash: it is fast on short keys and, unlike `Hasher`,
/// the same in every run.
public struct FNV1a: Sendable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    @inline(__always)
    public mutating func combine(_ element: UInt64) {
        value = (value ^ element) &* 0x100_0000_01b3
    }
}
