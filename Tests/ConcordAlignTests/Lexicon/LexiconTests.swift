import Foundation
import Testing
@testable import ConcordAlign
import ConcordText

@Suite struct LexiconTests {
    private func temporaryFile(_ name: String, _ contents: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("concord-lexicon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func readsCEDICTEntriesWithCRLFAndSkipsCrossReferences() throws {
        let text = "# a comment\r\n#! version=1\r\n禁令 禁令 [jin4 ling4] /ban/prohibition (on sth)/CL:道[dao4]/\r\n"
            + "應用 应用 [ying4 yong4] /to use/application/see 應用程式/\r\n下載 下载 [xia4 zai3] /to download/\r\n"
        let lexicon = try Lexicon.load(path: try temporaryFile("cedict_ts.u8", text))
        #expect(lexicon.headwordLanguage == .chinese)
        #expect(lexicon.translationLanguage == .english)
        #expect(lexicon.entryCount == 5)
        #expect(lexicon.translationKeys(of: "禁令") == ["ban", "prohi"])
        #expect(lexicon.translationKeys(of: "应用") == ["use", "appli"])
        #expect(lexicon.translationKeys(of: "應用") == ["use", "appli"])
        #expect(lexicon.translationKeys(of: "下载") == ["downl"])
        #expect(lexicon.translationKeys(of: "北京").isEmpty)
    }

    @Test func aMalformedCEDICTLineIsReportedWithItsNumber() throws {
        let path = try temporaryFile("cedict.u8", "# header\n禁令 禁令 [jin4 ling4] /ban/\nthis is not an entry\n")
        #expect(throws: DataFileError.self) { try Lexicon.load(path: path) }
        do {
            _ = try Lexicon.load(path: path)
        } catch {
            #expect(error.description == "\(path):3: not a CC-CEDICT entry (expected 'TRAD SIMP [pinyin] /gloss/')")
        }
    }

    @Test func compressedFilesAreRefusedWithAHint() {
        #expect(throws: DataFileError.self) { try Lexicon.load(path: "/tmp/cedict_ts.u8.gz") }
    }

    /// A FreeDict English → French dictionary of `entries` (headword, entry text), or another
    /// direction by its file name.
    private func freeDict(_ entries: [(String, String)], name: String = "freedict-eng-fra") throws -> Lexicon {
        var dictionary = "", index = "00databaseinfo\tA\tB\n"
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        func base64(_ value: Int) -> String {
            value < 64 ? String(alphabet[value]) : base64(value / 64) + String(alphabet[value % 64])
        }
        for (head, entry) in entries {
            index += "\(head)\t\(base64(dictionary.utf8.count))\t\(base64(entry.utf8.count))\n"
            dictionary += entry
        }
        let indexPath = try temporaryFile("\(name).index", index)
        try dictionary.write(toFile: String(indexPath.dropLast(".index".count)) + ".dict", atomically: true, encoding: .utf8)
        return try Lexicon.load(path: indexPath)
    }

    @Test func readsAFreeDictIndexAndItsDictionary() throws {
        let lexicon = try freeDict([("ban", "ban /bæn/\ninterdiction, prohibition\n"), ("download", "download /ˈdaʊnləʊd/\ntélécharger\n")])
        #expect(lexicon.headwordLanguage == .english)
        #expect(lexicon.translationLanguage == .french)
        #expect(lexicon.translationKeys(of: "ban") == ["inter", "prohi"])
        #expect(lexicon.translationKeys(of: "download") == ["telec"])
        #expect(lexicon.entryCount == 2)
    }

    @Test func inflectedWordsAreLookedUpByTheirHeadword() throws {
        #expect(InflectionRules.candidates(of: "walked", language: .english).contains("walk"))
        #expect(InflectionRules.candidates(of: "loved", language: .english).contains("love"))
        #expect(InflectionRules.candidates(of: "cities", language: .english).first == "city")
        #expect(InflectionRules.candidates(of: "knoweth", language: .english).first == "know")
        #expect(InflectionRules.candidates(of: "lovest", language: .english).contains("love"))
        #expect(InflectionRules.candidates(of: "aimait", language: .french).contains("aimer"))
        #expect(InflectionRules.candidates(of: "bus", language: .english).isEmpty)
        let lexicon = try freeDict([("walk", "walk /wɔːk/\nmarcher\n")])
        let extractor = try AnchorExtractor(language: .english, otherLanguage: .french, lexicons: [lexicon])
        try extractor.append("They walked home.")
        #expect(extractor.anchors.keys(ofSentence: 0).contains("x:march"))
    }

    @Test func inflectedWordsMeetTheBaseFormsOfGlossesButDoubleSDoesNotFold() {
        #expect(Lexicon.key("kings") == Lexicon.key("king"))
        #expect(Lexicon.key("walked") == Lexicon.key("walk"))
        #expect(Lexicon.key("loved") == Lexicon.key("love"))
        #expect(Lexicon.key("houses") == Lexicon.key("house"))
        #expect(Lexicon.key("rois") == "roi")
        #expect(Lexicon.key("lois") == Lexicon.key("loi"))
        #expect(Lexicon.key("Governments") == "gover")
        #expect(Lexicon.key("class") == "class")
        #expect(Lexicon.key("bus") == "bus")
        #expect(Lexicon.key("the") == nil)
    }

    @Test func aChineseWordTheDictionaryLacksIsReadAsTheWordsItIsMadeOf() throws {
        let path = try temporaryFile("cedict_ts.u8", "禁 禁 [jin4] /to prohibit/\n令 令 [ling4] /order/command/\n")
        let extractor = try AnchorExtractor(language: .chinese, otherLanguage: .english, lexicons: [try Lexicon.load(path: path)])
        try extractor.append("禁令")
        let anchors = extractor.anchors.keys(ofSentence: 0)
        #expect(anchors.isSuperset(of: ["x:prohi", "x:order", "x:comma"]))
    }

    @Test func aListedNameThatICUCutsIntoCharactersIsReadWhole() throws {
        let path = try temporaryFile("cedict_ts.u8", "所多瑪 所多玛 [Suo3 duo1 ma3] /Sodom/\n面前 面前 [mian4 qian2] /in front of/\n")
        let extractor = try AnchorExtractor(language: .chinese, otherLanguage: .english, lexicons: [try Lexicon.load(path: path)])
        extractor.readsWordsAcrossTokens = true
        try extractor.append("所多玛人在耶和华面前罪大恶极。")
        // ICU's dictionary does not know the name: its characters are words of their own.
        #expect(extractor.anchors.words.contains("多"))
        #expect(extractor.anchors.keys(ofSentence: 0).isSuperset(of: ["x:sodom", "x:front"]))
        // Not across punctuation.
        try extractor.append("所多，玛")
        #expect(!extractor.anchors.keys(ofSentence: 1).contains("x:sodom"))
    }

    @Test func aListedChineseWordAlsoBringsTheFirstGlossesOfItsCharacters() throws {
        let path = try temporaryFile("cedict_ts.u8", "下載 下载 [xia4 zai3] /to download/\n下 下 [xia4] /down/below/under/\n載 载 [zai4] /to carry/\n")
        let extractor = try AnchorExtractor(language: .chinese, otherLanguage: .english, lexicons: [try Lexicon.load(path: path)])
        try extractor.append("下载")
        let anchors = extractor.anchors.keys(ofSentence: 0)
        #expect(anchors.isSuperset(of: ["x:downl", "x:down", "x:below", "x:carry"]))
        #expect(!anchors.contains("x:under"))
    }

    @Test func frenchAndChineseMeetThroughTheirDictionariesIntoEnglish() throws {
        let cedict = try Lexicon.load(path: try temporaryFile("cedict_ts.u8", "禁令 禁令 [jin4 ling4] /ban/prohibition/\n"))
        let french = try freeDict([("interdiction", "interdiction /ɛ̃.tɛʁ.dik.sjɔ̃/\nban; prohibition\n")], name: "freedict-fra-eng")
        #expect(french.headwordLanguage == .french && french.translationLanguage == .english)
        let frenchSide = try AnchorExtractor(language: .french, otherLanguage: .chinese, lexicons: [french, cedict])
        let chineseSide = try AnchorExtractor(language: .chinese, otherLanguage: .french, lexicons: [french, cedict])
        try frenchSide.append("Le gouvernement annonce une interdiction.")
        try chineseSide.append("政府宣布禁令。")
        let shared = frenchSide.anchors.keys(ofSentence: 0).intersection(chineseSide.anchors.keys(ofSentence: 0))
        #expect(shared.isSuperset(of: ["y:ban", "y:prohi"]))
        // Between English and French the French dictionary is a direct one, not a pivot.
        let direct = try AnchorExtractor(language: .french, otherLanguage: .english, lexicons: [french, cedict])
        try direct.append("Une interdiction.")
        #expect(direct.anchors.keys(ofSentence: 0).contains("x:ban"))
    }

    @Test func theLexiconFolderOffersEachSidesDictionaryIntoEnglishForFrenchAndChinese() throws {
        let cedictPath = try temporaryFile("cedict_ts.u8", "禁令 禁令 [jin4 ling4] /ban/\n")
        let folder = (cedictPath as NSString).deletingLastPathComponent
        for name in ["freedict-fra-eng", "freedict-eng-fra"] {
            try "".write(toFile: "\(folder)/\(name).index", atomically: true, encoding: .utf8)
            try "".write(toFile: "\(folder)/\(name).dict", atomically: true, encoding: .utf8)
        }
        let names = LexiconCache.paths(in: folder, between: .french, and: .chinese).map { ($0 as NSString).lastPathComponent }
        #expect(names == ["freedict-fra-eng.index", "cedict_ts.u8"])
        #expect(LexiconCache.paths(in: folder, between: .english, and: .french).count == 2)
        #expect(LexiconCache.paths(in: folder, between: .french, and: try #require(Language(code: "de"))).isEmpty)
    }

    @Test func lexiconAnchorsLinkChineseWordsToTheirEnglishTranslations() throws {
        let path = try temporaryFile("cedict_ts.u8", "禁令 禁令 [jin4 ling4] /ban/prohibition/\n下載 下载 [xia4 zai3] /to download/\n")
        let extractor = try AnchorExtractor(language: .chinese, otherLanguage: .english, lexicons: [try Lexicon.load(path: path)])
        let english = try AnchorExtractor(language: .english, otherLanguage: .chinese, lexicons: [try Lexicon.load(path: path)])
        try extractor.append("政府宣布下载禁令。")
        try english.append("The government announced a download ban.")
        let chineseAnchors = extractor.anchors.keys(ofSentence: 0), englishAnchors = english.anchors.keys(ofSentence: 0)
        #expect(chineseAnchors.contains("x:downl"))
        #expect(chineseAnchors.contains("x:ban"))
        #expect(englishAnchors.contains("x:downl"))
        #expect(englishAnchors.contains("x:ban"))
    }

    @Test func irregularFormsMeetTheirHeadwordInBothDirections() throws {
        #expect(InflectionRules.candidates(of: "knew", language: .english) == ["know"])
        #expect(InflectionRules.candidates(of: "children", language: .english) == ["child"])
        #expect(IrregularForms.base(of: "left", language: .english) == nil)
        #expect(IrregularForms.base(of: "knew", language: .french) == nil)
        #expect(IrregularForms.base(of: "vinrent", language: .french) == "venir")
        #expect(InflectionRules.candidates(of: "fit", language: .french) == ["faire"])
        let freeDict = try freeDict([("know", "know /nəʊ/\nsavoir\n")])
        let toFrench = try AnchorExtractor(language: .english, otherLanguage: .french, lexicons: [freeDict])
        try toFrench.append("He knew the way.")
        #expect(toFrench.anchors.keys(ofSentence: 0).contains("x:savoi"))
        let cedict = try Lexicon.load(path: try temporaryFile("cedict_ts.u8", "知道 知道 [zhi1 dao4] /to know/to be aware of/\n"))
        let fromChinese = try AnchorExtractor(language: .chinese, otherLanguage: .english, lexicons: [cedict])
        let english = try AnchorExtractor(language: .english, otherLanguage: .chinese, lexicons: [cedict])
        try fromChinese.append("他知道。")
        try english.append("He knew.")
        #expect(fromChinese.anchors.keys(ofSentence: 0).contains("x:know"))
        #expect(english.anchors.keys(ofSentence: 0).contains("x:know"))
    }

    @Test func theTranslationsOfOneWordShareOneGroup() throws {
        let path = try temporaryFile("cedict_ts.u8", "禁令 禁令 [jin4 ling4] /ban/prohibition/interdiction/\n")
        let extractor = try AnchorExtractor(language: .chinese, otherLanguage: .english, lexicons: [try Lexicon.load(path: path)])
        extractor.recordsGroups = true
        try extractor.append("2020年禁令")
        let grouped = extractor.anchors.groupedKeys(ofSentence: 0)
        let translations = grouped.filter { $0.key.kind == .translation }
        #expect(Set(translations.map(\.key.payload)) == ["ban", "prohi", "inter"])
        #expect(Set(translations.map(\.group)).count == 1)
        let year = try #require(grouped.first { $0.key == Anchor(.number, "2020") })
        #expect(year.group != translations[0].group)
        #expect(grouped.allSatisfy { (0..<Int32(grouped.count)).contains($0.group) })
    }
}
