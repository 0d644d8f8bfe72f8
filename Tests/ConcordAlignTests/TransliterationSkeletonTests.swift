import ConcordText
import Testing
@testable import ConcordAlign

@Suite struct TransliterationSkeletonTests {
    @Test(arguments: [("Abraham", "亚伯拉罕"), ("Mizpah", "米斯巴"), ("Pompeo", "蓬佩奥"), ("Sarah", "撒拉"), ("Amorite", "亚摩利")])
    func aNameAndThePinyinOfItsChineseFormShareASkeleton(latin: String, han: String) throws {
        let pinyin = try Transliterator(id: Transliterator.hanToLatinNames).transform(han).filter(\.isLetter).lowercased()
        let skeleton = try #require(TransliterationSkeleton.of(latin.lowercased()))
        #expect(TransliterationSkeleton.of(pinyin) == skeleton)
    }

    @Test func soundsAreFoldedAndCut() {
        #expect(TransliterationSkeleton.of("philadelphia") == "FL")
        #expect(TransliterationSkeleton.of("shanghai") == "SN")
        #expect(TransliterationSkeleton.of("rolls") == "LS")
        #expect(TransliterationSkeleton.of("laurel") == nil)
        #expect(TransliterationSkeleton.of("aiea") == nil)
    }
}
