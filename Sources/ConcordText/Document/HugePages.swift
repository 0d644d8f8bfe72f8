#if canImport(Glibc)
import Glibc
#endif

/// Asks Linux to back a large fresh buffer with 2 MiB pages (transparent huge pages, which are
/// often enabled only on request). Decoding and splitting write their big arrays once, front to
/// back, and on a virtual machine each 4 KiB page fault costs a few microseconds: more than
/// writing the page itself. Elsewhere, or when the kernel declines, nothing changes.
enum HugePages {
    private static let pageSize = 1 << 21

    /// Advises the pages of an uninitialized buffer about to be filled.
    static func advise<Element>(_ buffer: UnsafeMutableBufferPointer<Element>) {
        advise(UnsafeMutableRawPointer(buffer.baseAddress), byteCount: buffer.count * MemoryLayout<Element>.stride)
    }

    /// Advises the whole 2 MiB pages inside `byteCount` bytes from `start`.
    private static func advise(_ start: UnsafeMutableRawPointer?, byteCount: Int) {
        #if canImport(Glibc)
        guard let start, byteCount >= 2 * pageSize else { return }
        let mask = UInt(pageSize - 1)
        let first = (UInt(bitPattern: start) + mask) & ~mask
        let end = (UInt(bitPattern: start) + UInt(byteCount)) & ~mask
        guard end > first, let aligned = UnsafeMutableRawPointer(bitPattern: first) else { return }
        _ = madvise(aligned, Int(end - first), MADV_HUGEPAGE)
        #endif
    }
}
