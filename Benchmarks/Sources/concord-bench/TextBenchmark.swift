import ConcordText
import Foundation

/// The text layer's benchmark: decode + sentence split (which checks NFC and normalizes
/// segments that need it), word tokenization, and ICU's
/// bare sentence iterator for comparison, on the bible-dev texts repeated to 10 and 30 MB.
enum TextBenchmark {
    static let sizes = [10, 30]
    static let corpora: [(Language, String)] = [
        (.english, "bible-dev/bible-en-fr-dev/src.en.txt"),
        (.french, "bible-dev/bible-en-fr-dev/tgt.fr.txt"),
        (.chinese, "bible-dev/bible-en-zh-dev/tgt.zh.txt"),
    ]

    static func runAll(data: String) {
        emit("Concord text layer — release build, best of 5 after a warm-up run, MB = MiB of UTF-8 input")
        emit("decode+split: bytes → UTF-16 → sentences with line:column positions (texts made on demand)")
        emit("…+segment texts: the same, plus every sentence's text as a String (what `concord segment` prints)")
        emit("ICU \(ICUVersion.library), \(ProcessInfo.processInfo.activeProcessorCount) cores")
        emit("lang   size  decode+split  …+segment texts  ICU split alone  word tokens  segments   tokens  peak RSS")
        for (language, relative) in corpora {
            let file = URL(fileURLWithPath: data).appendingPathComponent(relative).path
            guard FileManager.default.fileExists(atPath: file) else {
                emit("\(language.code): \(file) not found (pass --data DIR)")
                continue
            }
            for size in sizes {
                Measurement.inChildProcess(["text-one", language.code, String(size), file])
            }
        }
    }

    static func runOne(language: Language, megabytes: Int, file: String, only stage: String? = nil) {
        guard let sample = FileManager.default.contents(atPath: file) else { return }
        var bytes: [UInt8] = []
        let target = megabytes << 20
        bytes.reserveCapacity(target + sample.count)
        while bytes.count < target { bytes.append(contentsOf: sample) }
        let size = Double(bytes.count) / Double(1 << 20)

        do {
            let segmenter = try Segmenter(language: language)
            if stage == "split" {
                for _ in 0..<5 { _ = try segmenter.segments(of: try TextDecoder.decode(bytes, name: file)) }
                return
            }
            if stage == "icu" {
                let document = try TextDecoder.decode(bytes, name: file)
                let breaker = try SentenceBreaker(language: language)
                for _ in 0..<5 { _ = try document.units.withUnsafeBufferPointer { try breaker.boundaries(in: $0) } }
                return
            }
            if stage == "decode" {
                for _ in 0..<5 { _ = try TextDecoder.decode(bytes, name: file) }
                return
            }
            if stage == "tokens" {
                let document = try TextDecoder.decode(bytes, name: file)
                let words = try WordBreaker(language: language)
                for _ in 0..<3 {
                    try document.units.withUnsafeBufferPointer { units in try words.forEachToken(in: units) { _, _ in } }
                }
                return
            }
            var segmentCount = 0
            let split = try Measurement.best(of: 5) {
                let document = try TextDecoder.decode(bytes, name: file)
                segmentCount = try segmenter.segments(of: document).count
            }
            var textBytes = 0
            let splitWithText = try Measurement.best(of: 5) {
                let document = try TextDecoder.decode(bytes, name: file)
                textBytes = try segmenter.segments(of: document).reduce(0) { $0 + $1.text.utf8.count }
            }
            precondition(textBytes > 0)
            let document = try TextDecoder.decode(bytes, name: file)
            let breaker = try SentenceBreaker(language: language)
            let icuOnly = try Measurement.best(of: 5) {
                _ = try document.units.withUnsafeBufferPointer { try breaker.boundaries(in: $0) }
            }
            let words = try WordBreaker(language: language)
            var tokenCount = 0
            let tokenize = try Measurement.best(of: 5) {
                var count = 0
                try document.units.withUnsafeBufferPointer { units in
                    try words.forEachToken(in: units) { _, _ in count += 1 }
                }
                tokenCount = count
            }
            emit(String(format: "%@  %4.0f MB  %9.1f MB/s  %9.1f MB/s  %9.1f MB/s  %8.1f MB/s  %8d  %7d  %5.0f MB",
                         language.code.padding(toLength: 4, withPad: " ", startingAt: 0), size,
                         size / split, size / splitWithText, size / icuOnly, size / tokenize, segmentCount, tokenCount,
                         Measurement.peakMemoryMB()))
            } catch {
            emit("\(language.code): \(error)")
        }
    }
}

/// Writes a line at once (unbuffered), so parent and child lines come out in order.
func emit(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
