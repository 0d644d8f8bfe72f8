import ConcordGlossary
import ConcordText
import Foundation

/// Variant indexes kept on disk, so that auditing against a large glossary reads, checks and
/// indexes its files only when they change. An index is found by a key computed from the
/// glossary files' paths and bytes; any change to a file makes a new key, so an index is never
/// stale. The folder holds the indexes of the last few glossaries used; deleting it is safe.
///
/// The folder is `$CONCORD_INDEX_CACHE`, else `$XDG_CACHE_HOME/concord/indexes`, else
/// `~/.cache/concord/indexes`.
public struct IndexCache: Sendable {
    public let folder: String
    /// The most indexes kept, and the most bytes they may take together (the index of a
    /// 100,000-concept glossary takes about 100 MB); the least recently used go first, and
    /// the one just saved always stays.
    public let capacity: Int
    public let capacityBytes: Int
    private static let fileExtension = ".index"

    public init(folder: String, capacity: Int = 8, capacityBytes: Int = 512 << 20) {
        self.folder = folder
        self.capacity = capacity
        self.capacityBytes = capacityBytes
    }

    public static func defaultFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let folder = environment["CONCORD_INDEX_CACHE"], !folder.isEmpty { return folder }
        let cache = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.cache"
        return cache + "/concord/indexes"
    }

    /// An index with the warnings its glossary had when it was checked.
    public struct Entry {
        public let index: VariantIndex
        public let warnings: [GlossaryProblem]
        /// `true` when read from the cache, `false` when built (and then saved).
        public let isCached: Bool
    }

    /// The index of the glossary in `files`: read from the cache when it holds one for these
    /// files as they are now; else `build` reads and checks them, and the index built from
    /// its glossary is saved for next time. A cache that cannot be read or written is passed
    /// over: it never stops an audit.
    public func index(files: [String], build: () throws(GlossaryError) -> (glossary: Glossary, warnings: [GlossaryProblem])) throws -> Entry {
        let key = Self.key(files)
        let path = key.map { folder + "/" + String($0, radix: 16) + Self.fileExtension }
        if let key, let path, let entry = Self.read(path, key: key) {
            try? FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: path)
            return entry
        }
        let (glossary, warnings) = try build()
        let index = try VariantIndex(glossary: glossary)
        // A file changed while it was read: the index is right, but not for the key.
        if let key, let path, Self.key(files) == key {
            save(index, warnings: warnings, key: key, to: path)
        }
        return Entry(index: index, warnings: warnings, isCached: false)
    }

    /// A hash of the format, the ICU release and each file's path (as given: the index keeps it
    /// for messages), size and bytes; nil when a file cannot be read (then `build` reports it).
    static func key(_ files: [String]) -> UInt64? {
        var hash = ContentHash()
        IndexFile.magic.withUnsafeBytes { hash.add($0) }
        hash.add(UInt64(IndexFile.formatVersion))
        hash.add(ICUVersion.library)
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else { return nil }
            hash.add(file)
            hash.add(UInt64(data.count))
            data.withUnsafeBytes { hash.add($0) }
        }
        return hash.value
    }

    private static func read(_ path: String, key: UInt64) -> Entry? {
        guard let storage = StorageBuffer(contentsOf: path), let read = try? IndexFile.read(storage, key: key) else { return nil }
        return Entry(index: read.index, warnings: read.warnings, isCached: true)
    }

    /// Writes atomically (another `concord` may be reading: the file is written under a
    /// temporary name, then renamed), then forgets the least recently used indexes beyond
    /// ``capacity`` and ``capacityBytes``.
    private func save(_ index: VariantIndex, warnings: [GlossaryProblem], key: UInt64, to path: String) {
        let manager = FileManager.default
        guard (try? manager.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil else { return }
        let temporary = path + ".\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return }
        var written = true
        IndexFile.write(index, warnings: warnings, key: key) { bytes in
            var done = 0
            while written, done < bytes.count {
                let count = write(descriptor, bytes.baseAddress! + done, bytes.count - done)
                if count > 0 { done += count } else { written = false }
            }
        }
        written = close(descriptor) == 0 && written
        guard written, rename(temporary, path) == 0 else {
            unlink(temporary)
            return
        }
        let files = ((try? manager.contentsOfDirectory(atPath: folder)) ?? []).map { name in
            let file = folder + "/" + name
            let attributes = try? manager.attributesOfItem(atPath: file)
            return (path: file, used: attributes?[.modificationDate] as? Date ?? .distantPast,
                    size: (attributes?[.size] as? NSNumber)?.intValue ?? 0)
        }
        // A temporary file an hour old was left by a `concord` that was stopped while writing.
        for file in files where file.path.hasSuffix(".tmp") && file.used < Date(timeIntervalSinceNow: -3600) {
            try? manager.removeItem(atPath: file.path)
        }
        var kept = 0, bytes = 0
        for file in files.filter({ $0.path.hasSuffix(Self.fileExtension) }).sorted(by: { $0.path == path || ($1.path != path && $0.used > $1.used) }) {
            kept += 1
            bytes += file.size
            if kept > 1, kept > capacity || bytes > capacityBytes { try? manager.removeItem(atPath: file.path) }
        }
    }
}
