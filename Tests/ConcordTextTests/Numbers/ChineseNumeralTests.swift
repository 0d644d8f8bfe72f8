import Testing
import ConcordText
import TestSupport

@Suite struct ChineseNumeralTests {
    @Test func positionalNumeralsAreRead() {
        let cases: [(String, Double)] = [
            ("十八", 18), ("二十", 20), ("一百二十三", 123), ("二百零五", 205), ("两千零二十", 2020),
            ("两千五百万", 25_000_000), ("三亿五千万", 350_000_000), ("一万亿", 1e12), ("十万", 100_000),
            ("三点五亿", 350_000_000), ("壹佰", 100), ("一千零一", 1001),
        ]
        for (text, value) in cases {
            #expect(ChineseNumeral.value(of: text) == value, "\(text)")
        }
    }

    @Test func digitByDigitNumeralsAreRead() {
        #expect(ChineseNumeral.value(of: "二〇二〇") == 2020)
        #expect(ChineseNumeral.value(of: "一九八七") == 1987)
        #expect(ChineseNumeral.value(of: "三点一四") == 3.14)
    }

    @Test func nonNumeralsAreRejected() {
        #expect(ChineseNumeral.value(of: "") == nil)
        #expect(ChineseNumeral.value(of: "万") == nil)
        #expect(ChineseNumeral.value(of: "百") == nil)
        #expect(ChineseNumeral.value(of: "十十") == nil)
        #expect(ChineseNumeral.value(of: "三点") == nil)
        #expect(ChineseNumeral.value(of: "北京") == nil)
    }

    /// ICU spells numbers out in Chinese by its own rules; the table-driven reader must read
    /// every one of them back.
    @Test func readsBackWhatICUSpellsOut() throws {
        let icu = try SpelloutNumberFormat(locale: "zh")
        var values: [Double] = Array(0...2_100).map(Double.init)
        values += [10_000, 10_001, 12_345, 100_000, 1_000_000, 25_000_000, 100_000_000, 350_000_000,
                   1_234_567_890, 3_500_000_000, 1e12, 20_200_920]
        var generator = SplitMix(seed: 7)
        for _ in 0..<500 { values.append(Double(generator.next() % 10_000_000_000)) }
        for value in values {
            let spelled = try icu.format(value)
            #expect(ChineseNumeral.value(of: spelled) == value, "\(spelled)")
        }
    }

    @Test func agreesWithICUParsing() throws {
        let icu = try SpelloutNumberFormat(locale: "zh")
        for text in ["十八", "一百二十三", "两千五百万", "二千零二十", "壹佰"] {
            #expect(icu.parse(text)?.value == ChineseNumeral.value(of: text), "\(text)")
        }
    }
}
