import ConcordText
import Testing
@testable import ConcordAlign

@Suite struct TransliterationSkeletonTests {
    @Test(arguments: [("Abraham", "亚伯拉罕"), ("Mizpah", "米斯巴"), ("Pompeo", "蓬佩奥"), ("Sarah", "撒拉"), ("Amorite", "亚摩利"),
                            ("Tarshish", "他施"), ("Jordan", "约旦"), ("Kittim", "基提")])
    func aNameAndThePinyinOfItsChineseFormShareASkeleton(latin: String, han: String) throws {
        let pinyin = try Transliterator(id: Transliterator.hanToLatinNames).transform(han).filter(\.isLetter).lowercased()
        let skeleton = try #require(TransliterationSkeleton.of(latin.lowercased()))
        #expect(TransliterationSkeleton.of(pinyin, pinyin: true) == skeleton)
    }

    @Test func soundsAreFoldedAndCut() {
        #expect(TransliterationSkeleton.of("philadelphia") == "FL")
        #expect(TransliterationSkeleton.of("shanghai") == "SN")
        #expect(TransliterationSkeleton.of("rolls") == "LS")
        #expect(TransliterationSkeleton.of("laurel") == nil)
        #expect(TransliterationSkeleton.of("aiea") == nil)
        #expect(TransliterationSkeleton.of("jordan") == "TN", "a closing r is not written")
        #expect(TransliterationSkeleton.of("jiti") == nil, "j is dropped from Latin names")
        #expect(TransliterationSkeleton.of("jiti", pinyin: true) == "KT", "pinyin j stands for k or g")
        #expect(TransliterationSkeleton.of("cana", pinyin: true) == "SN", "pinyin c is ts")
        #expect(TransliterationSkeleton.of("cana") == "KN")
    }
}
