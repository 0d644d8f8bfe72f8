import Testing
import ConcordText

@Suite struct WordBreakerTests {
    @Test func chineseIsSegmentedWithTheDictionary() throws {
        let tokens = try WordBreaker(language: .chinese).tokens("美国商务部禁止下载TikTok和微信。")
        let words = tokens.filter { $0.kind.isWord }.map(\.text)
        #expect(words.contains("美国"))
        #expect(words.contains("禁止"))
        #expect(words.contains("下载"))
        #expect(words.contains("TikTok"))
        #expect(tokens.first { $0.text == "TikTok" }?.kind == .letter)
        #expect(tokens.first { $0.text == "下载" }?.kind == .ideographic)
        #expect(tokens.last?.text == "。")
        #expect(tokens.last?.kind == .punctuation)
    }

    @Test func numbersAndApostrophesAreOneTokenInEnglishAndFrench() throws {
        let english = try WordBreaker(language: .english).tokens("ByteDance's 3.5 billion deal, 1,000 users")
        #expect(english.map(\.text) == ["ByteDance's", "3.5", "billion", "deal", ",", "1,000", "users"])
        #expect(english.map(\.kind) == [.letter, .number, .letter, .letter, .punctuation, .number, .letter])
        let french = try WordBreaker(language: .french).tokens("aujourd'hui l'application")
        #expect(french.map(\.text) == ["aujourd'hui", "l'application"])
    }

    @Test func japaneseDictionaryWordsAreWords() throws {
        // ICU's CJ dictionary reports its words, kana included, with the ideographic status.
        let tokens = try WordBreaker(locale: "ja").tokens("ひらがなテスト。")
        #expect(tokens.map(\.text).suffix(2) == ["テスト", "。"])
        #expect(tokens.dropLast().allSatisfy { $0.kind.isWord })
    }

    @Test func offsetsPointBackIntoTheText() throws {
        let text = "Wang Yi (王毅) spoke."
        let units = Array(text.utf16)
        for token in try WordBreaker(language: .english).tokens(text) {
            #expect(String(decoding: units[token.range], as: UTF16.self) == token.text)
        }
    }
}
