/// A read-only array of plain values (integers, scalars) in a ``StorageBuffer``. An index read from disk looks at its
/// tables where they lie in the file's bytes instead of copying tens of megabytes into arrays
/// of its own; an index built in memory copies each table once into a buffer.
struct FlatArray<Element: BitwiseCopyable>: RandomAccessCollection, @unchecked Sendable {
    private let storage: StorageBuffer?
    private let base: UnsafePointer<Element>?
    let count: Int

    /// An empty array.
    init() {
        storage = nil
        base = nil
        count = 0
    }

    /// A copy of `elements`.
    init(_ elements: [Element]) {
        let storage = StorageBuffer(count: elements.count * MemoryLayout<Element>.stride) { memory in
            elements.withUnsafeBytes { memory.copyMemory(from: $0) }
        }
        self.init(storage, offset: 0, count: elements.count)
    }

    /// The `count` elements at byte `offset` of `storage`, which must be aligned for `Element`.
    init(_ storage: StorageBuffer, offset: Int, count: Int) {
        precondition(offset % MemoryLayout<Element>.alignment == 0 && offset + count * MemoryLayout<Element>.stride <= storage.bytes.count)
        self.storage = storage
        base = count == 0 ? nil : storage.bytes.baseAddress!.advanced(by: offset).assumingMemoryBound(to: Element.self)
        self.count = count
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(position: Int) -> Element {
        precondition(position >= 0 && position < count, "index out of range")
        return base.unsafelyUnwrapped[position]
    }

    func withContiguousStorageIfAvailable<Result>(_ body: (UnsafeBufferPointer<Element>) throws -> Result) rethrows -> Result? {
        try body(buffer)
    }

    /// The elements as a buffer, for the loops that read every one of them.
    var buffer: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }
}
