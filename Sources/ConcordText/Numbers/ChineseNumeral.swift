/// Reads Chinese numerals: positional (`两千五百万` = 25,000,000, `十八` = 18,
/// `三点五亿` = 350,000,000, `一万亿` = `一兆` = 10¹²), digit by digit (`二〇二〇` = 2020) and financial forms (`壹佰`).
///
/// Table-driven, so it can run on every numeral of a corpus; tested against ICU's spell-out
/// rules (``SpelloutNumberFormat``).
public enum ChineseNumeral {
    private static let digits: [Character: Double] = [
        "零": 0, "〇": 0, "○": 0, "一": 1, "壹": 1, "二": 2, "两": 2, "兩": 2, "贰": 2, "貳": 2,
        "三": 3, "叁": 3, "參": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6,
        "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
    ]
    private static let smallUnits: [Character: Double] = [
        "十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000,
    ]
    private static let largeUnits: [Character: Double] = ["万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "兆": 1e12]
    private static let decimalPoint: Character = "点"
    /// One bit per scalar of the Basic Multilingual Plane, where every numeral character is:
    /// every character of a Chinese text is tested, and a bit costs less than a hashed set.
    private static let numeralBits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for character in [decimalPoint] + digits.keys + smallUnits.keys + largeUnits.keys {
            let value = Int(character.unicodeScalars.first!.value)
            bits[value >> 6] |= 1 << UInt64(value & 63)
        }
        return bits
    }()

    /// `true` for characters that can be part of a Chinese numeral.
    public static func isNumeralCharacter(_ character: Character) -> Bool {
        character.unicodeScalars.count == 1 && isNumeralScalar(character.unicodeScalars.first!)
    }

    /// `true` for the scalars of the characters that can be part of a Chinese numeral.
    public static func isNumeralScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x10000 && numeralBits[Int(scalar.value >> 6)] & (1 << UInt64(scalar.value & 63)) != 0
    }

    /// `true` for 万 and 亿, which can also scale Arabic digits (`3.5亿`).
    public static func largeUnit(_ character: Character) -> Double? { largeUnits[character] }

    /// The value of a whole numeral, or nil when `text` is not one.
    public static func value(of text: some StringProtocol) -> Double? {
        let characters = Array(text)
        guard !characters.isEmpty, characters.allSatisfy(isNumeralCharacter),
              characters.first != decimalPoint, characters.last != decimalPoint,
              characters.filter({ $0 == decimalPoint }).count <= 1 else { return nil }
        if !characters.contains(where: { smallUnits[$0] != nil || largeUnits[$0] != nil }) {
            return digitByDigit(characters)
        }
        return positional(characters)
    }

    private static func digitByDigit(_ characters: [Character]) -> Double? {
        var integer = 0.0, fraction = 0.0, scale = 1.0, afterPoint = false
        for character in characters {
            if character == decimalPoint {
                afterPoint = true
                continue
            }
            guard let digit = digits[character] else { return nil }
            if afterPoint {
                scale /= 10
                fraction += digit * scale
            } else {
                integer = integer * 10 + digit
            }
        }
        return integer + fraction
    }

    private static func positional(_ characters: [Character]) -> Double? {
        var total = 0.0      // everything up to the last 万 / 亿 / 兆
        var lastLargeUnit = 0.0
        var section = 0.0    // the part below 万 being read
        var number: Double? = nil
        var lastSmallUnit = Double.infinity
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if let digit = digits[character] {
                number = digit
                if index + 1 < characters.count, characters[index + 1] == decimalPoint {
                    var scale = 1.0
                    var fraction = 0.0
                    index += 2
                    while index < characters.count, let decimal = digits[characters[index]] {
                        scale /= 10
                        fraction += decimal * scale
                        index += 1
                    }
                    number = digit + fraction
                    continue
                }
            } else if let unit = smallUnits[character] {
                guard unit < lastSmallUnit else { return nil }
                section += (number ?? (unit == 10 ? 1 : 0)) * unit
                if number == nil && unit != 10 { return nil }
                number = nil
                lastSmallUnit = unit
            } else if let unit = largeUnits[character] {
                let block = section + (number ?? 0)
                guard block > 0 || total > 0 else { return nil }
                if unit > lastLargeUnit {
                    // A larger unit scales everything before it: 一万亿 = (一万) × 亿.
                    total = (total + block) * unit
                } else {
                    total += block * unit
                }
                lastLargeUnit = unit
                section = 0
                number = nil
                lastSmallUnit = .infinity
            } else {
                return nil
            }
            index += 1
        }
        return total + section + (number ?? 0)
    }
}
