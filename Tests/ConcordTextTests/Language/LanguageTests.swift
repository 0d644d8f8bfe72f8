import Testing
import ConcordText

@Suite struct LanguageTests {
    @Test func codesAreValidatedAgainstICU() {
        #expect(Language(code: "en") == .english)
        #expect(Language(code: "FR") == .french)
        #expect(Language(code: "zh-Hant") == .chinese)
        #expect(Language(code: "zh_CN") == .chinese)
        #expect(Language(code: "de")?.code == "de")
        #expect(Language(code: "de")?.isSupported == false)
        #expect(Language(code: "xx") == nil)
        #expect(Language(code: "english") == nil)
        #expect(Language(code: "") == nil)
        #expect(Language(code: "e1") == nil)
    }
}

@Suite struct LanguageDetectorTests {
    let detector = LanguageDetector()

    @Test func englishFrenchAndChineseArticlesAreRecognised() throws {
        #expect(try detector.detect("The Commerce Department said on Friday that it would ban downloads of the app.") == .english)
        #expect(try detector.detect("Le département du Commerce a annoncé vendredi l'interdiction de l'application.") == .french)
        #expect(try detector.detect("美国商务部周五宣布，将禁止在美国下载TikTok和WeChat。") == .chinese)
    }

    @Test func aFewChineseWordsInAnEnglishReportKeepItEnglish() throws {
        let text = "The spokesman 赵立坚 said the United States was abusing the concept of national security, and that China would respond."
        #expect(try detector.detect(text) == .english)
    }

    @Test func otherScriptsAndLatinLanguagesAskForLang() {
        #expect(throws: LanguageDetector.Failure.self) { try detector.detect("Министерство торговли США запретило приложение.") }
        #expect(throws: LanguageDetector.Failure.self) { try detector.detect("Das Handelsministerium verbot die Apps wegen Sicherheitsbedenken.") }
        #expect(throws: LanguageDetector.Failure.self) { try detector.detect("1234 5678 !!!") }
    }

    @Test func failureMessageSuggestsTheOption() {
        do {
            _ = try detector.detect("Приложение", name: "ru.txt")
            Issue.record("expected a failure")
        } catch {
            #expect(error.description.hasPrefix("ru.txt: cannot tell the language"))
            #expect(error.description.hasSuffix("pass --lang"))
        }
    }
}
