/// Writes the values of an ``IndexFile`` one after the other: integers little-endian, strings
/// after their length, tables of integers as blocks of memory aligned to 8 bytes so they can
/// be read where they lie (``FlatArray``). The bytes go to a sink a chunk at a time, and a
/// table straight from its own memory: an index of a hundred megabytes is never held twice.
struct ByteWriter {
    /// Bytes written and not yet passed to the sink.
    private var pending: [UInt8] = []
    private var passed = 0
    private let chunk: Int
    private let sink: (UnsafeRawBufferPointer) -> Void

    /// A writer that passes its bytes to `sink` in chunks of about `chunk` bytes, in order.
    init(chunk: Int = 1 << 20, sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.chunk = chunk
        self.sink = sink
        pending.reserveCapacity(chunk)
    }

    /// The number of bytes written so far.
    var offset: Int { passed + pending.count }

    /// Passes the pending bytes to the sink.
    mutating func flush() {
        pending.withUnsafeBytes { sink($0) }
        passed += pending.count
        pending.removeAll(keepingCapacity: true)
    }

    private mutating func append(_ bytes: UnsafeRawBufferPointer) {
        pending.append(contentsOf: bytes)
        if pending.count >= chunk { flush() }
    }

    mutating func write<Integer: FixedWidthInteger>(_ value: Integer) {
        withUnsafeBytes(of: value.littleEndian) { append($0) }
    }

    mutating func write(_ flag: Bool) { write(UInt8(flag ? 1 : 0)) }

    mutating func write(_ string: String) {
        var string = string
        string.withUTF8 { utf8 in
            write(UInt32(utf8.count))
            append(UnsafeRawBufferPointer(utf8))
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
        for _ in 0..<((8 - offset % 8) % 8) { write(UInt8(0)) }
        let passedWhole: Void? = table.withContiguousStorageIfAvailable { elements in
            flush()
            sink(UnsafeRawBufferPointer(elements))
            passed += elements.count * MemoryLayout<Value>.stride
        }
        if passedWhole == nil {
            for element in table { withUnsafeBytes(of: element) { append($0) } }
        }
    }
}
