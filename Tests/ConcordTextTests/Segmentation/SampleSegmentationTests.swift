import Foundation
import Testing
import ConcordText

/// The shipped Samples come with a hand-made one-sentence-per-line form of every article; the
/// segmenter must reproduce it exactly.
@Suite struct SampleSegmentationTests {
    static let samples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Samples")

    static let articles: [String] = {
        let stories = (try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? []
        return stories.sorted().flatMap { story in
            ["en", "fr", "zh"].compactMap { language in
                let path = samples.appendingPathComponent("\(story)/\(language).lines.txt").path
                return FileManager.default.fileExists(atPath: path) ? "\(story)/\(language)" : nil
            }
        }
    }()

    @Test func samplesAreThere() {
        #expect(Self.articles.count >= 9)
    }

    @Test(arguments: articles)
    func articleSplitsIntoItsHandMadeLines(_ article: String) throws {
        let language = Language(code: String(article.suffix(2)))!
        let document = try TextDocument.read(path: Self.samples.appendingPathComponent("\(article).txt").path)
        let expected = try String(contentsOf: Self.samples.appendingPathComponent("\(article).lines.txt"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        let detected = try LanguageDetector().detect(document)
        #expect(detected == language)
        let segments = try Segmenter(language: language).segments(of: document)
        #expect(segments.map(\.text) == expected)
    }
}
