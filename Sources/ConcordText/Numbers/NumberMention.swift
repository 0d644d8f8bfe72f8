/// A number, percentage or date found in text, reduced to a language-independent value so
/// that `3,5 milliards`, `3.5 billion` and `35亿` meet, as do `20 septembre 2020`,
/// `September 20, 2020` and `2020年9月20日`.
public struct NumberMention: Sendable, Hashable {
    public enum Value: Sendable, Hashable {
        case cardinal(Double)
        case percent(Double)
        case date(CalendarDate)
    }

    public let value: Value
    /// UTF-16 offsets in the scanned text.
    public let range: Range<Int>

    public init(value: Value, range: Range<Int>) {
        self.value = value
        self.range = range
    }

    /// A key equal for equal values: `n:3500000000`, `p:10`, `d:2020-09-20`.
    public var key: String {
        switch value {
        case .cardinal: return "n:\(canonicalValue)"
        case .percent: return "p:\(canonicalValue)"
        case .date: return "d:\(canonicalValue)"
        }
    }

    /// The value written alike whatever the language: `3500000000`, `10`, `2020-09-20`.
    public var canonicalValue: String {
        switch value {
        case .cardinal(let number), .percent(let number): return Self.format(number)
        case .date(let date): return date.iso
        }
    }

    private static func format(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e18 { return String(Int64(number)) }
        return String(number)
    }
}
