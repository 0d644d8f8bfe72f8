/// Writes the values of an ``IndexFile`` one after the other: integers little-endian, strings
/// after their length, tables of integers as blocks of memory aligned to 8 bytes so they can
/// be read where they lie (``FlatArray``).
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    var offset: Int { bytes.count }

    mutating func write<Integer: FixedWidthInteger>(_ value: Integer) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Replaces the 8 bytes at `offset` (a value written as a placeholder) with `value`.
    mutating func overwrite(_ value: UInt64, at offset: Int) {
        withUnsafeBytes(of: value.littleEndian) { bytes.replaceSubrange(offset..<offset + 8, with: $0) }
    }

    mutating func write(_ flag: Bool) { write(UInt8(flag ? 1 : 0)) }

    mutating func write(_ string: String) {
        var string = string
        string.withUTF8 { utf8 in
            write(UInt32(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func write(_ strings: [String]) {
        write(UInt32(strings.count))
        for string in strings { write(string) }
    }

    /// Writes a table as the host lays it out in memory; ``IndexFile`` reads it back only on a
    /// host of the same byte order.
    mutating func write<Value: BitwiseCopyable>(table: some Collection<Value>) {
        write(UInt64(table.count))
        bytes.append(contentsOf: repeatElement(0, count: (8 - bytes.count % 8) % 8))
        let copied: Void? = table.withContiguousStorageIfAvailable { bytes.append(contentsOf: UnsafeRawBufferPointer($0)) }
        if copied == nil {
            for element in table { withUnsafeBytes(of: element) { bytes.append(contentsOf: $0) } }
        }
    }
}
