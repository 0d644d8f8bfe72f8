/// Reads back what a ``ByteWriter`` wrote, checking every length against the bytes left, so a
/// cut or damaged file is an error, never a crash.
struct ByteReader {
    /// The bytes ran out, or a value read makes no sense.
    struct Damaged: Error {}

    let storage: StorageBuffer
    private(set) var offset: Int
    private let end: Int

    /// A reader of `storage`'s bytes from `offset` to `end` (by default, all of them).
    init(_ storage: StorageBuffer, from offset: Int = 0, to end: Int? = nil) {
        self.storage = storage
        self.offset = offset
        self.end = end ?? storage.bytes.count
    }

    var isAtEnd: Bool { offset == end }

    private mutating func take(_ count: Int) throws(Damaged) -> UnsafeRawBufferPointer {
        guard count >= 0, count <= end - offset else { throw Damaged() }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: storage.bytes[offset..<offset + count])
    }

    mutating func read<Integer: FixedWidthInteger>(_: Integer.Type) throws(Damaged) -> Integer {
        Integer(littleEndian: try take(MemoryLayout<Integer>.size).loadUnaligned(as: Integer.self))
    }

    /// An integer that must lie in `range`: a count, an index, an enumeration's raw value.
    mutating func read<Integer: FixedWidthInteger>(_ type: Integer.Type, in range: Range<Int>) throws(Damaged) -> Int {
        let value = Int(truncatingIfNeeded: try read(type))
        guard range.contains(value) else { throw Damaged() }
        return value
    }

    mutating func readFlag() throws(Damaged) -> Bool { try read(UInt8.self, in: 0..<2) == 1 }

    mutating func readString() throws(Damaged) -> String {
        let count = Int(try read(UInt32.self))
        return count == 0 ? "" : String(decoding: try take(count), as: UTF8.self)
    }

    mutating func readStrings() throws(Damaged) -> [String] {
        let count = try read(UInt32.self, in: 0..<(end - offset + 1))
        var strings: [String] = []
        strings.reserveCapacity(count)
        for _ in 0..<count { strings.append(try readString()) }
        return strings
    }

    /// A table written by ``ByteWriter/write(table:)``, read where it lies.
    mutating func readTable<Value: BitwiseCopyable>(of _: Value.Type) throws(Damaged) -> FlatArray<Value> {
        let count = try read(UInt64.self)
        _ = try take((8 - offset % 8) % 8)
        guard count <= UInt64(end - offset) / UInt64(MemoryLayout<Value>.stride) else { throw Damaged() }
        let start = offset
        _ = try take(Int(count) * MemoryLayout<Value>.stride)
        return FlatArray(storage, offset: start, count: Int(count))
    }
}
