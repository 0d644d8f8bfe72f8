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

    @Test(arguments: [("Esau", "以扫"), ("Nod", "挪得"), ("Babel", "巴别"), ("Nineveh", "尼尼微"), ("Nimrod", "宁录"), ("Cain", "该隐")])
    func aShortNameAndThePinyinOfItsChineseFormShareTheirFirstSoundsWithVowels(latin: String, han: String) throws {
        let pinyin = try Transliterator(id: Transliterator.hanToLatinNames).transform(han).filter(\.isLetter).lowercased()
        let sounds = try #require(TransliterationSkeleton.withVowels(latin.lowercased()))
        #expect(TransliterationSkeleton.withVowels(pinyin, pinyin: true) == sounds)
    }

    @Test func vowelsAreKeptAsThreeClasses() {
        #expect(TransliterationSkeleton.of("esau") == nil, "one consonant: no skeleton")
        #expect(TransliterationSkeleton.withVowels("esau") == "ESA")
        #expect(TransliterationSkeleton.withVowels("yisao", pinyin: true) == "ESA", "y before a vowel is no sound")
        #expect(TransliterationSkeleton.withVowels("isaac") == "ESA")
        #expect(TransliterationSkeleton.withVowels("enoch") == "ENO")
        #expect(TransliterationSkeleton.withVowels("hai") == nil, "h is no sound: two sounds are too few")
        #expect(TransliterationSkeleton.withVowels("rachel") == "LAK", "a Latin ch is mostly k")
        #expect(TransliterationSkeleton.withVowels("chen", pinyin: true) == "SEN", "pinyin ch is hissed")
        #expect(TransliterationSkeleton.withVowels("abraham") != TransliterationSkeleton.withVowels("yabolahan", pinyin: true),
                "Chinese adds vowels between clustered consonants: the skeleton, not these, meets them")
    }
}

