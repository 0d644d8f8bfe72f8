extension TextEncoding {
    /// `units` as bytes in this encoding, with the byte order mark the encoding implies, so a
    /// rewritten file keeps the form it was read in.
    public func encode(_ units: [UInt16]) -> [UInt8] {
        switch self {
        case .utf8, .utf8WithBOM:
            var bytes: [UInt8] = self == .utf8WithBOM ? [0xEF, 0xBB, 0xBF] : []
            bytes.reserveCapacity(bytes.count + units.count * 3)
            _ = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: false) { bytes.append($0) }
            return bytes
        case .utf16LittleEndian, .utf16BigEndian:
            let little = self == .utf16LittleEndian
            var bytes: [UInt8] = little ? [0xFF, 0xFE] : [0xFE, 0xFF]
            bytes.reserveCapacity(2 + units.count * 2)
            for unit in units {
                let (low, high) = (UInt8(unit & 0xFF), UInt8(unit >> 8))
                bytes += little ? [low, high] : [high, low]
            }
            return bytes
        }
    }
}
