import ConcordText

extension AnchorExtractor.State {
    /// Numbers and dates; a full date also meets the same day without its year, its month,
    /// and its year.
    mutating func addNumbers(_ mentions: [NumberMention]) {
        for mention in mentions {
            anchorBuffer.append(anchors.keyId(Anchor(mention)))
            guard case .date(let date) = mention.value else { continue }
            if let year = date.year {
                anchorBuffer.append(anchors.keyId(Anchor(.number, "\(year)")))
                if date.day != nil, let partial = CalendarDate(year: year, month: date.month, day: nil) {
                    anchorBuffer.append(anchors.keyId(Anchor(.date, partial.iso)))
                }
            }
            if date.year != nil, date.day != nil, let partial = CalendarDate(year: nil, month: date.month, day: date.day) {
                anchorBuffer.append(anchors.keyId(Anchor(.date, partial.iso)))
            }
        }
    }
}
