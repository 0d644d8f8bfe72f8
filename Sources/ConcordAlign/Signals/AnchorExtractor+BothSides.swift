import ConcordConcurrency
import ConcordText

extension AnchorExtractor {
    /// The anchors and sentence lengths (``Aligner/length(_:)``) of a document and its
    /// translation, each side read in order on a thread of its own; the thread done first works
    /// out the ``SentenceParts`` of the other side's last sentences (a ``Lookahead``).
    static func anchors(of source: [String], _ target: [String], sourceLanguage: Language, targetLanguage: Language,
                        lexicons: [Lexicon], glossary: GlossaryTerms?)
        throws(ICUError) -> (source: (anchors: SideAnchors, lengths: [Double]), target: (anchors: SideAnchors, lengths: [Double])) {
        let sourceAhead = Lookahead<SentenceParts>(count: source.count), targetAhead = Lookahead<SentenceParts>(count: target.count)
        let (sourceAnchors, targetAnchors) = Parallel.both(
            {
                defer { targetAhead.help(partsWorker(target, language: targetLanguage)) }
                return Result { () throws(ICUError) in
                    try anchors(of: source, ahead: sourceAhead, language: sourceLanguage, otherLanguage: targetLanguage,
                                lexicons: lexicons, glossary: glossary)
                }
            },
            {
                defer { sourceAhead.help(partsWorker(source, language: sourceLanguage)) }
                return Result { () throws(ICUError) in
                    try anchors(of: target, ahead: targetAhead, language: targetLanguage, otherLanguage: sourceLanguage,
                                lexicons: lexicons, glossary: glossary)
                }
            })
        return (try sourceAnchors.get(), try targetAnchors.get())
    }

    private static func anchors(of texts: [String], ahead: Lookahead<SentenceParts>, language: Language, otherLanguage: Language,
                                lexicons: [Lexicon], glossary: GlossaryTerms?) throws(ICUError) -> (anchors: SideAnchors, lengths: [Double]) {
        let extractor = try AnchorExtractor(language: language, otherLanguage: otherLanguage, lexicons: lexicons, glossary: glossary)
        for index in texts.indices { try extractor.append(texts[index], parts: ahead.take(index)) }
        return (extractor.anchors, texts.map(Aligner.length))
    }

    /// Works out the parts of one sentence with ICU objects of its own; nil on an ICU failure,
    /// which only ends the help: the side's own thread meets it again and reports it.
    private static func partsWorker(_ texts: [String], language: Language) -> (Int) -> SentenceParts? {
        guard let wordBreaker = try? WordBreaker(language: language) else { return { _ in nil } }
        let numbers = NumberScanner(language: language)
        return { index in try? SentenceParts(texts[index], wordBreaker: wordBreaker, numbers: numbers) }
    }
}
