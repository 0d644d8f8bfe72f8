import Testing
import ConcordText

@Suite struct NumberScannerTests {
    private func keys(_ text: String, _ language: Language) -> [String] {
        NumberScanner(language: language).mentions(in: text).map(\.key)
    }

    @Test func oneDateInThreeLanguagesHasOneKey() {
        #expect(keys("on September 20, 2020, the ban", .english) == ["d:2020-09-20"])
        #expect(keys("on Sept. 20, 2020, the ban", .english) == ["d:2020-09-20"])
        #expect(keys("on 20 September 2020", .english) == ["d:2020-09-20"])
        #expect(keys("le 20 septembre 2020, l'interdiction", .french) == ["d:2020-09-20"])
        #expect(keys("2020年9月20日起禁止", .chinese) == ["d:2020-09-20"])
        #expect(keys("二〇二〇年九月二十日", .chinese) == ["d:2020-09-20"])
        #expect(keys("２０２０年９月２０日", .chinese) == ["d:2020-09-20"])
        #expect(keys("published 2020-09-20", .english) == ["d:2020-09-20"])
    }

    @Test func partialDatesKeepWhatIsGiven() {
        #expect(keys("by November 12 at the latest", .english) == ["d:--11-12"])
        #expect(keys("le 1er octobre", .french) == ["d:--10-01"])
        #expect(keys("11月12日前", .chinese) == ["d:--11-12"])
        #expect(keys("in August 2020", .english) == ["d:2020-08"])
        #expect(keys("2020年8月", .chinese) == ["d:2020-08"])
    }

    @Test func aMonthAloneIsAMonthButNotMayOrSept() {
        #expect(keys("a further injunction in October", .english) == ["d:--10"])
        #expect(keys("une injonction en octobre", .french) == ["d:--10"])
        #expect(keys("10月，一名法官", .chinese) == ["d:--10"])
        #expect(keys("The ban may be lifted in May.", .english).isEmpty)
        #expect(keys("In Dec. the court ruled", .english).isEmpty)
        #expect(keys("Sept personnes ont été arrêtées", .french) == ["n:7"])
    }

    @Test func largeAmountsMeetAcrossLanguages() {
        #expect(keys("raised 3.5 billion dollars", .english) == ["n:3500000000"])
        #expect(keys("a levé 3,5 milliards de dollars", .french) == ["n:3500000000"])
        #expect(keys("融资35亿美元", .chinese) == ["n:3500000000"])
        #expect(keys("融资三十五亿美元", .chinese) == ["n:3500000000"])
        #expect(keys("100 million users", .english) == ["n:100000000"])
        #expect(keys("100 millions d'utilisateurs", .french) == ["n:100000000"])
        #expect(keys("1亿用户", .chinese) == ["n:100000000"])
        #expect(keys("两千五百万", .chinese) == ["n:25000000"])
    }

    @Test func separatorsFollowTheLanguage() {
        #expect(keys("1,000 users and 2.5 points", .english) == ["n:1000", "n:2.5"])
        #expect(keys("1 000 utilisateurs, 1\u{202F}000 000 et 1.000,5", .french) == ["n:1000", "n:1000000", "n:1000.5"])
        #expect(keys("3,5 %", .french) == ["p:3.5"])
        #expect(keys("in 2020 100 people", .english) == ["n:2020", "n:100"])
    }

    @Test func percentagesInEveryForm() {
        #expect(keys("fell 22.9% in Hong Kong", .english) == ["p:22.9"])
        #expect(keys("fell 10 percent", .english) == ["p:10"])
        #expect(keys("fell 10 per cent", .english) == ["p:10"])
        #expect(keys("a chuté de 10 pour cent", .french) == ["p:10"])
        #expect(keys("下跌22.9％", .chinese) == ["p:22.9"])
        #expect(keys("下跌百分之十", .chinese) == ["p:10"])
    }

    @Test func loneChineseOneIsAWordNotANumber() {
        #expect(keys("这是一个问题，一样的结果", .chinese).isEmpty)
        #expect(keys("两国关系", .chinese).isEmpty)
        #expect(keys("十八个应用", .chinese) == ["n:18"])
    }

    @Test func numbersGluedToLettersAreNotRead() {
        #expect(keys("the A380 and B2B", .english).isEmpty)
        #expect(keys("COVID-19 spread", .english) == ["n:19"])
    }

    @Test func numberWordsCountFromTwo() {
        #expect(keys("two apps and one company", .english) == ["n:2"])
        #expect(keys("one billion users", .english) == ["n:1000000000"])
        #expect(keys("un milliard d'utilisateurs et deux applications", .french) == ["n:1000000000", "n:2"])
    }

    @Test func spelledOutNumbersAreReadWhole() {
        #expect(keys("nine hundred and thirty years", .english) == ["n:930"])
        #expect(keys("seven hundred eighty and two years", .english) == ["n:782"])
        #expect(keys("Reu lived two and thirty years", .english) == ["n:32"])
        #expect(keys("twenty-one thousand people", .english) == ["n:21000"])
        #expect(keys("neuf cent soixante-neuf ans", .french) == ["n:969"])
        #expect(keys("cent quatre-vingt-sept ans", .french) == ["n:187"])
        #expect(keys("quatre-vingt-dix-sept ans", .french) == ["n:97"])
        #expect(keys("soixante et onze ans", .french) == ["n:71"])
        #expect(keys("vingt et un ans", .french) == ["n:21"])
        #expect(keys("vingt-et-un ans", .french) == ["n:21"])
        #expect(keys("dix-sept ans", .french) == ["n:17"])
        #expect(keys("quatre-vingt-dix-neuf ans", .french) == ["n:99"])
        #expect(keys("九百三十年", .chinese) == ["n:930"])
        #expect(keys("two thousand three hundred men", .english) == ["n:2300"])
        #expect(keys("deux mille trois cents hommes", .french) == ["n:2300"])
        #expect(keys("两千三百人", .chinese) == ["n:2300"])
        #expect(keys("three million two hundred thousand and five", .english) == ["n:3200005"])
        #expect(keys("trois millions deux cent mille", .french) == ["n:3200000"])
        #expect(keys("a thousand and one nights", .english) == ["n:1001"])
        #expect(keys("mille et une nuits", .french) == ["n:1001"])
        #expect(keys("deux-mille-vingt", .french) == ["n:2020"])
        #expect(keys("a thousand years, two thousand years", .english) == ["n:1000", "n:2000"])
    }

    @Test func ordinalsAreReadAsTheirNumber() {
        #expect(keys("the fourth day", .english) == ["n:4"])
        #expect(keys("le quatrième jour", .french) == ["n:4"])
        #expect(keys("第四日", .chinese) == ["n:4"])
        #expect(keys("the twenty-fourth year", .english) == ["n:24"])
        #expect(keys("the first day", .english) == [])
    }

    @Test func numberWordsOutOfPlaceStayApart() {
        #expect(keys("two three times", .english) == ["n:2", "n:3"])
        #expect(keys("seven and two", .english) == ["n:7", "n:2"])
        #expect(keys("thirty twenty", .english) == ["n:30", "n:20"])
        #expect(keys("deux et trois", .french) == ["n:2", "n:3"])
    }

    @Test func rangesAreUTF16OffsetsOfTheMention() {
        let text = "禁令自2020年9月20日起生效，涉及1亿用户。"
        let mentions = NumberScanner(language: .chinese).mentions(in: text)
        let units = Array(text.utf16)
        #expect(mentions.map { String(decoding: units[$0.range], as: UTF16.self) } == ["2020年9月20日", "1亿"])
    }

    @Test func partialDatesAreCompatibleWithFullOnes() {
        let full = CalendarDate(year: 2020, month: 9, day: 20)!
        #expect(CalendarDate(year: nil, month: 9, day: 20)!.isCompatible(with: full))
        #expect(CalendarDate(year: 2020, month: 9, day: nil)!.isCompatible(with: full))
        #expect(!CalendarDate(year: nil, month: 9, day: 21)!.isCompatible(with: full))
        #expect(CalendarDate(year: 2020, month: 13, day: 1) == nil)
    }
}
