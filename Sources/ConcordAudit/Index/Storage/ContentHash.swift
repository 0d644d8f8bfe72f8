import ConcordText

/// FNV-1a over 8-byte words, then the bytes left, fed in pieces of any length: the key of a
/// glossary's files and the checksum of an index file, which is fed as the file is written
/// and computed over the whole file when it is read.
struct ContentHash {
    private var hash = FNV1a()
    private var carried: [UInt8] = []

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var start = 0
        if !carried.isEmpty {
            start = min(8 - carried.count, bytes.count)
            carried += bytes[..<start]
            guard carried.count == 8 else { return }
            carried.withUnsafeBytes { hash.combine($0.loadUnaligned(as: UInt64.self)) }
            carried = []
        }
        let words = (bytes.count - start) / 8
        for word in 0..<words { hash.combine(bytes.loadUnaligned(fromByteOffset: start + word * 8, as: UInt64.self)) }
        carried = Array(bytes[(start + words * 8)...])
    }

    mutating func add(_ string: String) {
        var string = string
        string.withUTF8 { add(UnsafeRawBufferPointer($0)) }
        add(UInt64(string.utf8.count))
    }

    mutating func add(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { add($0) }
    }

    var value: UInt64 {
        var final = hash
        for byte in carried { final.combine(UInt64(byte)) }
        return final.value
    }
}
