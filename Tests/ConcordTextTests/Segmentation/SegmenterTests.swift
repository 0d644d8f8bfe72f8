import Testing
@testable import ConcordText

@Suite struct SegmenterTests {
    private func sentences(_ text: String, _ language: Language) throws -> [String] {
        try Segmenter(language: language).segments(of: TextDocument(name: "t", text: text)).map(\.text)
    }

    @Test func englishAbbreviationsDecimalsAndInitialsDoNotEndSentences() throws {
        let text = "Mr. Pompeo met U.S. officials on Sept. 20 in Washington. The deal was worth 3.5 billion dollars. George W. Bush was not there."
        #expect(try sentences(text, .english) == [
            "Mr. Pompeo met U.S. officials on Sept. 20 in Washington.",
            "The deal was worth 3.5 billion dollars.",
            "George W. Bush was not there.",
        ])
    }

    @Test func usBeforeAnInstitutionKeepsTheSentenceButEndsOneBeforeThe() throws {
        let text = "The U.S. Department of Commerce acted. Both apps are popular in the U.S. The ban starts Sunday."
        #expect(try sentences(text, .english) == [
            "The U.S. Department of Commerce acted.",
            "Both apps are popular in the U.S.",
            "The ban starts Sunday.",
        ])
    }

    @Test func frenchAbbreviationDoesNotEndSentence() throws {
        let text = "M. Pompeo a parlé le 5 août. Le montant atteint 3,5 milliards de dollars."
        #expect(try sentences(text, .french) == [
            "M. Pompeo a parlé le 5 août.",
            "Le montant atteint 3,5 milliards de dollars.",
        ])
    }

    @Test func frenchGuillemetsStayWithTheirSentence() throws {
        let text = "Il a déclaré : « Nous ferons appel. » Puis il est parti. « Pourquoi ? » a demandé un élu."
        #expect(try sentences(text, .french) == [
            "Il a déclaré : « Nous ferons appel. »",
            "Puis il est parti.",
            "« Pourquoi ? » a demandé un élu.",
        ])
    }

    @Test func englishQuotedQuestionFollowedBySpeechVerbIsOneSentence() throws {
        let text = "\"Why now?\" he asked. \"Because the deadline is near!\" She left."
        #expect(try sentences(text, .english) == [
            "\"Why now?\" he asked.",
            "\"Because the deadline is near!\"",
            "She left.",
        ])
    }

    @Test func chineseSplitsAfterFullStopsAndKeepsClosingQuotes() throws {
        let text = "美国商务部宣布禁令。罗斯说：“这是为了国家安全。”字节跳动表示失望！TikTok会上诉吗？会。"
        #expect(try sentences(text, .chinese) == [
            "美国商务部宣布禁令。",
            "罗斯说：“这是为了国家安全。”",
            "字节跳动表示失望！",
            "TikTok会上诉吗？",
            "会。",
        ])
    }

    @Test func chineseOpeningQuoteGoesWithTheNextSentence() throws {
        let text = "禁令将于11月12日生效。“基本的TikTok将保持不变，”罗斯说。"
        #expect(try sentences(text, .chinese) == [
            "禁令将于11月12日生效。",
            "“基本的TikTok将保持不变，”罗斯说。",
        ])
    }

    @Test func chineseDecimalsAndLatinBrandsDoNotSplit() throws {
        let text = "蚂蚁集团原计划融资34.5亿美元，WeChat Pay和Alipay均在名单中。"
        #expect(try sentences(text, .chinese).count == 1)
    }

    @Test func ellipsisInsideASentenceDoesNotSplitButEndsOneAtTheEnd() throws {
        let text = "The list includes Alipay, QQ, WPS Office... and more. Nobody knows what comes next…"
        #expect(try sentences(text, .english) == [
            "The list includes Alipay, QQ, WPS Office... and more.",
            "Nobody knows what comes next…",
        ])
    }

    @Test func headlineWithoutPeriodAndBlankLinesAreBoundaries() throws {
        let text = "TikTok and WeChat banned from US app stores\n\nThe Commerce Department acted on Friday\n\nIt gave no details."
        #expect(try sentences(text, .english) == [
            "TikTok and WeChat banned from US app stores",
            "The Commerce Department acted on Friday",
            "It gave no details.",
        ])
    }

    @Test func headlineDirectlyAboveItsParagraphIsItsOwnSegment() throws {
        let text = """
            Commerce bars TikTok downloads
            The U.S. Commerce Department said on Friday that app stores must remove TikTok and WeChat by
            Sunday, citing national security. TikTok said it was disappointed by the decision and would
            keep fighting it in court.
            """
        #expect(try sentences(text, .english) == [
            "Commerce bars TikTok downloads",
            "The U.S. Commerce Department said on Friday that app stores must remove TikTok and WeChat by Sunday, citing national security.",
            "TikTok said it was disappointed by the decision and would keep fighting it in court.",
        ])
    }

    @Test func wrappedChineseLinesJoinWithoutASpace() throws {
        let text = "美国商务部周五表示，自周日起禁止美国应用商店提供TikTok和微信的下载，\n理由是国家安全。字节跳动对此表示失望，并称将继续在法庭上挑战这项行政令，\n同时与甲骨文公司的谈判仍在进行。"
        let result = try sentences(text, .chinese)
        #expect(result.count == 2)
        #expect(result[0] == "美国商务部周五表示，自周日起禁止美国应用商店提供TikTok和微信的下载，理由是国家安全。")
    }

    @Test func listItemsOnConsecutiveLinesStayApart() throws {
        let text = "The order names these apps and their owners in full:\n- Alipay, owned by Ant Group and Alibaba\n- WeChat Pay, owned by the Tencent group"
        #expect(try sentences(text, .english).count == 3)
    }

    @Test func segmentsCarryPositionsAndParagraphs() throws {
        let text = "Titre\r\n\r\nPremière phrase. Deuxième phrase.\r\nTroisième."
        let segments = try Segmenter(language: .french).segments(of: TextDocument(name: "t", text: text))
        #expect(segments.map(\.text) == ["Titre", "Première phrase.", "Deuxième phrase.", "Troisième."])
        #expect(segments.map(\.start) == [TextPosition(line: 1, column: 1), TextPosition(line: 3, column: 1),
                                          TextPosition(line: 3, column: 18), TextPosition(line: 4, column: 1)])
        #expect(segments[2].end == TextPosition(line: 3, column: 34))
        #expect(segments.map(\.paragraph) == [0, 1, 1, 1])
        #expect(segments.map(\.index) == [0, 1, 2, 3])
    }

    @Test func decomposedTextComesOutInNFCWithOriginalPositions() throws {
        let text = "Le ministe\u{300}re a re\u{301}agi. Pompeo aussi."
        let segments = try Segmenter(language: .french).segments(of: TextDocument(name: "t", text: text))
        #expect(segments.map(\.text) == ["Le ministère a réagi.", "Pompeo aussi."])
        #expect(segments[1].start == TextPosition(line: 1, column: 23))
        #expect(segments[1].range.lowerBound == 24)
    }

    @Test func presegmentedInputKeepsEveryLineAsASegment() throws {
        let text = "First line. Still first.\n\n第三行。\n"
        let segments = try Segmenter(language: .english).lineSegments(of: TextDocument(name: "t", text: text))
        #expect(segments.map(\.text) == ["First line. Still first.", "", "第三行。"])
        #expect(segments.map(\.start.line) == [1, 2, 3])
    }

    @Test func hugeSingleLineIsSplitWithoutBlowingUp() throws {
        let sentence = "TikTok and WeChat were banned on September 20, 2020. "
        let text = String(repeating: sentence, count: 20_000)
        let segments = try Segmenter(language: .english).segments(of: TextDocument(name: "t", text: text))
        #expect(segments.count == 20_000)
        #expect(segments.last?.start == TextPosition(line: 1, column: 19_999 * sentence.count + 1))
    }

    @Test func longDocumentSplitOnAllCoresEqualsItsParagraphsSplitOneByOne() throws {
        let paragraphs = [
            "Mr. Pompeo announced the Clean Network on Aug. 5, 2020. It named five programs.",
            "« Nous ferons appel », a déclaré TikTok. M. Ross n'a pas répondu.",
            "The U.S. Department of Commerce acted on Sept. 18. \"Why now?\" he asked.",
            "Short headline",
        ]
        try expectSplitOnAllCoresEqualsParagraphsSplitOneByOne((0..<6_000).map { index in
            (paragraphs[index % paragraphs.count] + " Item \(index).", index % 3 == 0 ? "\n\n" : "\n")
        }, language: .english)
    }

    @Test func longHardWrappedDocumentSplitOnAllCoresEqualsItsParagraphsSplitOneByOne() throws {
        let paragraphs = [
            "Le ministère a réagi le 5 déc. 2020 : « Nous ferons appel. » M. Ross n'a pas répondu à la question posée hier. ",
            "« Où\u{202F}? » demanda-t-il. L'État et les É.-U. Ils ont signé le texte après de longues négociations. ",
            "Le Gén. Leclerc arriva. Cafe\u{301} cre\u{300}me pour tous les invités, puis la séance reprit son cours. ",
        ]
        try expectSplitOnAllCoresEqualsParagraphsSplitOneByOne((0..<2_500).map { index in
            let paragraph = paragraphs[index % paragraphs.count] + paragraphs[(index + 1) % paragraphs.count] + "Fin \(index)."
            return (Self.wrapped(paragraph, width: 50 + index % 30, lineEnd: index % 4 == 0 ? "\r\n" : "\n"), "\n\n")
        }, language: .french)
    }

    /// Splits the paragraphs, each followed by its separator, as one document long enough to be
    /// split on all cores, and expects the sentences of each paragraph split alone.
    private func expectSplitOnAllCoresEqualsParagraphsSplitOneByOne(_ paragraphs: [(text: String, separator: String)],
                                                                    language: Language) throws {
        let segmenter = try Segmenter(language: language)
        var text = ""
        var expected: [String] = []
        for paragraph in paragraphs {
            text += paragraph.text + paragraph.separator
            expected += try segmenter.segments(of: TextDocument(name: "p", text: paragraph.text)).map(\.text)
        }
        let document = TextDocument(name: "long", text: text)
        #expect(document.units.count > Segmenter.parallelThreshold)
        let segments = try segmenter.segments(of: document)
        #expect(segments.map(\.text) == expected)
        #expect(segments.map(\.index) == Array(0..<expected.count))
        #expect(zip(segments, segments.dropFirst()).allSatisfy { $0.end <= $1.start })
    }

    /// `text` broken into lines of at most `width` characters at spaces.
    private static func wrapped(_ text: String, width: Int, lineEnd: String) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        lines.append(line)
        return lines.joined(separator: lineEnd)
    }
}
