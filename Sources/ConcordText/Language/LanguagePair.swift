/// Two languages in order: text in ``source`` as it meets text in ``target``, e.g. English
/// read against Chinese (`en-zh`), where names are also looked for by their sounds.
public struct LanguagePair: Sendable, Hashable, CustomStringConvertible {
    public let source: Language
    public let target: Language

    public init(_ source: Language, _ target: Language) {
        self.source = source
        self.target = target
    }

    /// The same two languages the other way round.
    public var reversed: LanguagePair { LanguagePair(target, source) }

    /// Both languages the same.
    public var isMonolingual: Bool { source == target }

    /// `en-zh`.
    public var description: String { "\(source.code)-\(target.code)" }
}
