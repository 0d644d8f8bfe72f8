/// Memory of a fixed size that several threads write at once, each at indices of its own, as
/// they could not a Swift array (whose copy-on-write check is a shared read and write).
///
/// Unchecked: callers keep to the contract of ``Parallel`` — no index is written by two jobs,
/// and none is read by one job while another writes it; everything is read once the jobs are done.
public final class SharedBuffer<Element>: @unchecked Sendable {
    @usableFromInline let storage: UnsafeMutableBufferPointer<Element>

    public init(repeating value: Element, count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: value)
    }

    deinit {
        _ = storage.deinitialize()
        storage.deallocate()
    }

    @inlinable public var count: Int { storage.count }

    @inlinable public subscript(index: Int) -> Element {
        get { storage[index] }
        set { storage[index] = newValue }
    }
}
