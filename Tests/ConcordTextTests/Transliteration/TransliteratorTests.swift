import Testing
import ConcordText

@Suite struct TransliteratorTests {
    @Test func hanBecomesPinyinInASCII() throws {
        let latin = try Transliterator(id: Transliterator.toASCIILatin)
        #expect(try latin.transform("蓬佩奥") == "peng pei ao")
        #expect(try latin.transform("王毅") == "wang yi")
        #expect(try latin.transform("字节跳动 TikTok") == "zi jie tiao dong TikTok")
    }

    @Test func surnameReadingsAreUsedForNames() throws {
        // 单 is "dan" as a word but "shan" as a surname.
        #expect(try Transliterator(id: Transliterator.hanToLatinNames).transform("单") == "shan")
        #expect(try Transliterator(id: Transliterator.toASCIILatin).transform("单") == "dan")
    }

    @Test func traditionalAndSimplifiedConvertBothWays() throws {
        #expect(try Transliterator(id: Transliterator.traditionalToSimplified).transform("字節跳動與騰訊") == "字节跳动与腾讯")
        #expect(try Transliterator(id: Transliterator.simplifiedToTraditional).transform("字节跳动") == "字節跳動")
    }

    @Test func longInputGrowsTheBuffer() throws {
        let text = String(repeating: "蓬佩奥", count: 300)
        let result = try Transliterator(id: Transliterator.toASCIILatin).transform(text)
        #expect(result.hasPrefix("peng pei ao peng"))
        #expect(result.split(separator: " ").count == 900)
    }

    @Test func unknownTransformIsAnICUError() {
        #expect(throws: ICUError.self) { try Transliterator(id: "Klingon-Latin") }
    }
}

@Suite struct ConfusableSkeletonTests {
    @Test func cyrillicLookalikesShareTheLatinSkeleton() throws {
        let checker = try ConfusableSkeleton()
        #expect(try checker.areConfusable("Pompeo", "P\u{043E}mpeo"))
        #expect(try checker.areConfusable("Tencent", "T\u{0435}ncent"))
        #expect(try !checker.areConfusable("Pompeo", "Pompio"))
    }
}
