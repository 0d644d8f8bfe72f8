import ConcordConcurrency
import ConcordText

extension AnchorExtractor {
    /// The anchors of a document and its translation. The ``SentenceParts`` of all sentences,
    /// which depend on nothing read before them, are worked out first in pieces on all cores;
    /// then each side is read in order on a thread of its own.
    static func anchors(of source: [String], _ target: [String], sourceLanguage: Language, targetLanguage: Language,
                        lexicons: [Lexicon], glossary: GlossaryTerms?) throws(ICUError) -> (SideAnchors, SideAnchors) {
        let sourceParts = try parts(of: source, language: sourceLanguage)
        let targetParts = try parts(of: target, language: targetLanguage)
        let (sourceAnchors, targetAnchors) = Parallel.both(
            { Result { () throws(ICUError) in
                try anchors(of: source, parts: sourceParts, language: sourceLanguage, otherLanguage: targetLanguage,
                            lexicons: lexicons, glossary: glossary)
            } },
            { Result { () throws(ICUError) in
                try anchors(of: target, parts: targetParts, language: targetLanguage, otherLanguage: sourceLanguage,
                            lexicons: lexicons, glossary: glossary)
            } })
        return (try sourceAnchors.get(), try targetAnchors.get())
    }

    /// Sentences worked out by one job of ``parts(of:language:)``.
    static let partsPerJob = 512

    private static func parts(of texts: [String], language: Language) throws(ICUError) -> [SentenceParts] {
        let jobs = (texts.count + partsPerJob - 1) / partsPerJob
        let pieces = Parallel.map(jobs) { job in
            Result { () throws(ICUError) -> [SentenceParts] in
                let wordBreaker = try WordBreaker(language: language)
                let numbers = NumberScanner(language: language)
                return try texts[job * partsPerJob..<min((job + 1) * partsPerJob, texts.count)].map { (text) throws(ICUError) in
                    try SentenceParts(text, wordBreaker: wordBreaker, numbers: numbers)
                }
            }
        }
        var parts: [SentenceParts] = []
        parts.reserveCapacity(texts.count)
        for piece in pieces { parts += try piece.get() }
        return parts
    }

    private static func anchors(of texts: [String], parts: [SentenceParts], language: Language, otherLanguage: Language,
                                lexicons: [Lexicon], glossary: GlossaryTerms?) throws(ICUError) -> SideAnchors {
        let extractor = try AnchorExtractor(language: language, otherLanguage: otherLanguage, lexicons: lexicons, glossary: glossary)
        for (text, sentenceParts) in zip(texts, parts) { try extractor.append(text, parts: sentenceParts) }
        return extractor.anchors
    }
}
