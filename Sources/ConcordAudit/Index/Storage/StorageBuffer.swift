import Foundation

/// Memory that ``FlatArray``s look into: a copy of an index file's bytes, or the tables of an
/// index built in memory. Freed when the last array that uses it goes.
final class StorageBuffer: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
    private let memory: Memory

    /// A buffer of `count` bytes, aligned for any integer, filled by `fill`.
    init(count: Int, fill: (UnsafeMutableRawBufferPointer) throws -> Void) rethrows {
        let memory = Memory(count)
        do { try fill(UnsafeMutableRawBufferPointer(rebasing: memory.bytes[0..<count])) } catch {
            memory.free()
            throw error
        }
        self.memory = memory
        bytes = UnsafeRawBufferPointer(rebasing: memory.bytes[0..<count])
    }

    /// Allocated memory, and how: large buffers (an index file is tens of megabytes) are
    /// mapped with their pages made at once, instead of one page fault for each 4 KB as they
    /// are filled.
    private struct Memory {
        static let large = 4 << 20
        let bytes: UnsafeMutableRawBufferPointer
        let isMapped: Bool

        init(_ count: Int) {
            #if os(Linux)
            if count >= Self.large, let mapped = mmap(nil, count, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0),
               mapped != MAP_FAILED {
                bytes = UnsafeMutableRawBufferPointer(start: mapped, count: count)
                isMapped = true
                return
            }
            #endif
            bytes = UnsafeMutableRawBufferPointer.allocate(byteCount: max(count, 1), alignment: 16)
            isMapped = false
        }

        func free() {
            if isMapped { munmap(bytes.baseAddress, bytes.count) } else { bytes.deallocate() }
        }
    }

    /// The whole file at `path`, read (not mapped: a file changed by another program after it
    /// was checked cannot change what is read from it); nil when it cannot be read.
    convenience init?(contentsOf path: String) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        let size = Int(status.st_size)
        struct ShortRead: Error {}
        try? self.init(count: size) { memory in
            var done = 0
            while done < size {
                let count = read(descriptor, memory.baseAddress! + done, size - done)
                guard count > 0 else { throw ShortRead() }
                done += count
            }
        }
    }

    deinit { memory.free() }
}
