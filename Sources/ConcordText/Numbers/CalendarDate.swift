/// A calendar date as written, possibly partial: `2020-09-20`, `2020-09` (September 2020),
/// `--09-20` (September 20, year not given).
public struct CalendarDate: Sendable, Hashable, CustomStringConvertible {
    public let year: Int?
    public let month: Int?
    public let day: Int?

    /// nil unless the parts make a possible date with at least a month.
    public init?(year: Int?, month: Int?, day: Int?) {
        guard let month, (1...12).contains(month) else { return nil }
        if let day, !(1...31).contains(day) { return nil }
        if let year, !(1...9999).contains(year) { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// ISO 8601 form, with `--` for a missing year (as in ISO 8601:2000's `--MM-DD`).
    public var iso: String {
        let yearPart = year.map { String(format4($0)) } ?? "-"
        let monthPart = month.map(two) ?? "--"
        guard let day else { return "\(yearPart)-\(monthPart)" }
        return "\(yearPart)-\(monthPart)-\(two(day))"
    }

    /// `true` when the two could be the same day: no part given by both differs.
    public func isCompatible(with other: CalendarDate) -> Bool {
        func agree(_ a: Int?, _ b: Int?) -> Bool { a == nil || b == nil || a == b }
        return agree(year, other.year) && agree(month, other.month) && agree(day, other.day)
    }

    public var description: String { iso }

    private func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
    private func format4(_ value: Int) -> String { String(repeating: "0", count: max(0, 4 - String(value).count)) + String(value) }
}
