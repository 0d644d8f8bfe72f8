import Synchronization

/// Parts of a sequence's items that a helping thread works out ahead, from the last item down,
/// while the sequence's own thread reads the items from the first up; they stop where they meet.
/// The shape of the aligner's analysis: two documents read on two threads, and the thread done
/// first helps with the end of the other (bible-dev ×10 en-zh, where the Chinese side takes
/// longer: 0.60 s with parts of both sides worked out first on all cores, 0.59 s with each side
/// alone, 0.54–0.56 s helped).
///
/// Unchecked: the two threads meet only through the two atomics, and each part is written
/// once, before `aheadFrom` says it may be read.
public final class Lookahead<Part>: @unchecked Sendable {
    /// Items below this one are the reader's own to work out.
    private let reached = Atomic<Int>(0)
    /// Items from this one on have their parts in `parts`.
    private let aheadFrom: Atomic<Int>
    private let parts: SharedBuffer<Part?>

    public init(count: Int) {
        aheadFrom = Atomic(count)
        parts = SharedBuffer(repeating: nil, count: count)
    }

    /// For the reading thread, which calls it for items 0, 1, 2, … in order: the part of item
    /// `index` if the helper worked it out, else nil (the reader works it out itself).
    public func take(_ index: Int) -> Part? {
        reached.store(index + 1, ordering: .sequentiallyConsistent)
        return aheadFrom.load(ordering: .sequentiallyConsistent) <= index ? parts[index] : nil
    }

    /// For the helping thread: works out parts with `work` from the last item down until it
    /// meets the reader, or until `work` gives nil.
    public func help(_ work: (Int) -> Part?) {
        var index = parts.count - 1
        while index >= 0, reached.load(ordering: .sequentiallyConsistent) <= index {
            guard let part = work(index) else { return }
            parts[index] = part
            aheadFrom.store(index, ordering: .sequentiallyConsistent)
            index -= 1
        }
    }
}
