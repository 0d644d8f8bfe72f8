/// Finds numbers, percentages and dates in English, French and Chinese text and reads their
/// values (``NumberMention``).
///
/// - Arabic digits with each language's separators: `1,000.5` (en, zh), `1 000,5` and
///   `1.000,5` (fr), full-width digits; scaled by `thousand`/`million`/`billion`, `mille`/
///   `millions`/`milliards`, `万`/`亿`.
/// - Chinese numerals (``ChineseNumeral``) of two characters or more, or before a unit (`九月`).
/// - Ordinals from the second on, read as their number: `fourth`, `quatrième`, `第四` (4).
/// - Percentages: `10%`, `10 %`, `10 percent`, `10 pour cent`, `百分之十`.
/// - Dates: `September 20, 2020`, `Sept. 20`, `20 September 2020`, `20 septembre 2020`,
///   `1er octobre`, `2020年9月20日`, `二〇二〇年九月二十日`, `9月20日`, `2020-09-20`, and a month
///   alone (`in October`, `en octobre`, `10月`).
public struct NumberScanner: Sendable {
    public let language: Language
    private let decimalComma: Bool

    /// The words ``readWord`` can take in this language.
    private let wordSieve: WordSieve

    public init(language: Language) {
        self.language = language
        decimalComma = ["fr", "de", "es", "it", "pt", "nl", "ru", "pl", "sv", "da", "nb", "fi", "cs"].contains(language.code)
        let months = language.code == "en" || language.code == "fr" ? [language.code] : ["en", "fr"]
        wordSieve = WordSieve(months.flatMap { ($0 == "en" ? Self.englishMonths : Self.frenchMonths).keys }
            + (Self.numberWords[language.code].map { Array($0.keys) } ?? [])
            + (Self.magnitudes[language.code].map { Array($0.keys) } ?? []))
    }

    /// The mentions in `text`, in order; ranges are UTF-16 offsets into `text`.
    public func mentions(in text: String) -> [NumberMention] {
        var reader = ScalarReader(text)
        var found: [NumberMention] = []
        while !reader.isAtEnd {
            let start = reader.position
            if let mention = readMention(&reader) {
                found.append(NumberMention(value: mention, range: reader.offset(start)..<reader.offset(reader.position)))
            } else {
                reader.position = start
                reader.skipToken()
            }
        }
        return found
    }

    /// The mentions in a range of UTF-16 text.
    public func mentions(in units: UnsafeBufferPointer<UInt16>) -> [NumberMention] {
        mentions(in: String(decoding: units, as: Unicode.UTF16.self))
    }

    private func readMention(_ reader: inout ScalarReader) -> NumberMention.Value? {
        guard let scalar = reader.current else { return nil }
        if scalar == "百", reader.matches("百分之") {
            reader.position += 3
            guard let value = readHanOrArabicNumber(&reader) else { return nil }
            return .percent(value)
        }
        // `第四` (fourth), `第2`: an ordinal, however short.
        if scalar == "第" {
            reader.position += 1
            guard let value = readHanOrArabicNumber(&reader), value >= 2 else { return nil }
            return .cardinal(value)
        }
        if ScalarReader.digitValue(scalar) != nil {
            return readAfterArabicNumber(&reader)
        }
        if ChineseNumeral.isNumeralScalar(scalar) {
            return readAfterHanNumber(&reader)
        }
        if ScalarReader.isWordLetter(scalar) {
            return readWord(&reader)
        }
        return nil
    }

    // MARK: Arabic numbers

    private func readAfterArabicNumber(_ reader: inout ScalarReader) -> NumberMention.Value? {
        if let date = readISODate(&reader) { return .date(date) }
        guard let number = readArabic(&reader) else { return nil }
        if let value = readHanSuffix(number.value, &reader) { return value }
        let afterNumber = reader.position
        reader.skipSpaces()
        if reader.current == "%" || reader.current == "％" {
            reader.position += 1
            return .percent(number.value)
        }
        if let word = reader.peekWord() {
            let lower = word.lowercased()
            if let scale = Self.magnitudes[language.code]?[lower] {
                reader.position += word.unicodeScalars.count
                return .cardinal(number.value * scale)
            }
            if Self.percentWords[language.code]?.contains(lower) == true {
                reader.position += word.unicodeScalars.count
                if lower == "per" || lower == "pour" {
                    reader.skipSpaces()
                    guard reader.peekWord()?.lowercased() == "cent" else {
                        reader.position = afterNumber
                        return .cardinal(number.value)
                    }
                    reader.position += 4
                }
                return .percent(number.value)
            }
            if number.isSmallInteger, let dayDate = readMonthAfterDay(Int(number.value), &reader) {
                return .date(dayDate)
            }
        }
        reader.position = afterNumber
        if number.isSmallInteger, language.code == "fr", reader.peekWord() == "er" {
            reader.position += 2
            let afterOrdinal = reader.position
            if let date = readMonthAfterDay(Int(number.value), &reader) { return .date(date) }
            reader.position = afterOrdinal
        }
        return .cardinal(number.value)
    }

    private struct ArabicNumber {
        let value: Double
        let isSmallInteger: Bool
    }

    /// Digits with this language's grouping and decimal separators.
    private func readArabic(_ reader: inout ScalarReader) -> ArabicNumber? {
        guard let first = reader.readDigits() else { return nil }
        var integer = first.digits
        var fraction = ""
        let groupSeparators: Set<Unicode.Scalar> = decimalComma ? [" ", "\u{A0}", "\u{202F}", ".", "'"] : [","]
        let decimalSeparators: Set<Unicode.Scalar> = decimalComma ? [",", "."] : ["."]
        if first.digits.count <= 3 {
            while let separator = reader.current, groupSeparators.contains(separator),
                  let group = reader.peekDigits(after: 1), group.count == 3 {
                integer += group
                reader.position += 4
            }
        }
        if let separator = reader.current, decimalSeparators.contains(separator),
           let decimals = reader.peekDigits(after: 1) {
            fraction = decimals
            reader.position += 1 + decimals.count
        }
        guard let value = Double(fraction.isEmpty ? integer : integer + "." + fraction) else { return nil }
        return ArabicNumber(value: value, isSmallInteger: fraction.isEmpty && integer.count <= 2)
    }

    private func readISODate(_ reader: inout ScalarReader) -> CalendarDate? {
        let start = reader.position
        guard let year = reader.readDigits(), year.digits.count == 4, reader.current == "-" else {
            reader.position = start
            return nil
        }
        reader.position += 1
        guard let month = reader.readDigits(), month.digits.count == 2, reader.current == "-" else {
            reader.position = start
            return nil
        }
        reader.position += 1
        guard let day = reader.readDigits(), day.digits.count == 2,
              let date = CalendarDate(year: Int(year.digits), month: Int(month.digits), day: Int(day.digits)) else {
            reader.position = start
            return nil
        }
        return date
    }

    // MARK: Chinese

    private func readAfterHanNumber(_ reader: inout ScalarReader) -> NumberMention.Value? {
        let start = reader.position
        // A lone numeral character is mostly a word (一样, 两国), not a number; it counts only
        // before a unit, and most are not.
        if let next = reader.peek(1), !ChineseNumeral.isNumeralScalar(next), !Self.hanSuffixStarts.contains(next.value) {
            return nil
        }
        guard let value = readHanNumeral(&reader) else { return nil }
        if let suffixed = readHanSuffix(value, &reader) { return suffixed }
        // A lone numeral character is mostly a word (一样, 两国), not a number.
        return reader.position - start >= 2 && !(reader.text(from: start).allSatisfy { $0 == "一" }) ? .cardinal(value) : nil
    }

    private func readHanNumeral(_ reader: inout ScalarReader) -> Double? {
        let start = reader.position
        while let scalar = reader.current, ChineseNumeral.isNumeralScalar(scalar) {
            reader.position += 1
        }
        while reader.position > start, reader.peek(-1) == "点" { reader.position -= 1 }
        guard reader.position > start, let value = ChineseNumeral.value(of: reader.text(from: start)) else {
            reader.position = start
            return nil
        }
        return value
    }

    private func readHanOrArabicNumber(_ reader: inout ScalarReader) -> Double? {
        if let scalar = reader.current, ScalarReader.digitValue(scalar) != nil {
            return readArabic(&reader)?.value
        }
        return readHanNumeral(&reader)
    }

    /// After a number: `年`/`月`/`日` dates, `万`/`亿` scales and `%`, as written in Chinese.
    private func readHanSuffix(_ value: Double, _ reader: inout ScalarReader) -> NumberMention.Value? {
        let start = reader.position
        switch reader.current {
        case "年":
            reader.position += 1
            let afterYear = reader.position
            if let month = readHanOrArabicNumber(&reader), reader.current == "月" {
                reader.position += 1
                let day = readHanDay(&reader)
                if let date = CalendarDate(year: Int(value), month: Int(month), day: day) { return .date(date) }
            }
            reader.position = afterYear
            return .cardinal(value)
        case "月":
            reader.position += 1
            let day = readHanDay(&reader)
            if let date = CalendarDate(year: nil, month: Int(value), day: day) { return .date(date) }
        case "万", "萬", "亿", "億", "兆":
            var scaled = value
            while let character = reader.currentCharacter, let unit = ChineseNumeral.largeUnit(character) {
                scaled *= unit
                reader.position += 1
            }
            return .cardinal(scaled)
        case "%", "％":
            reader.position += 1
            return .percent(value)
        default:
            break
        }
        reader.position = start
        return nil
    }

    private func readHanDay(_ reader: inout ScalarReader) -> Int? {
        let start = reader.position
        if let day = readHanOrArabicNumber(&reader), reader.current == "日" || reader.current == "号" || reader.current == "號" {
            reader.position += 1
            return Int(day)
        }
        reader.position = start
        return nil
    }

    // MARK: Words

    private func readWord(_ reader: inout ScalarReader) -> NumberMention.Value? {
        guard reader.isAtWordStart, wordSieve.mayContain(reader.currentWord), let word = reader.peekWord() else { return nil }
        let lower = word.lowercased()
        let start = reader.position
        if let month = Self.month(lower, language: language) {
            reader.position += word.unicodeScalars.count
            if reader.current == "." { reader.position += 1 }
            if let date = readDayAndYear(month: month, &reader) { return .date(date) }
            // A month named in full on its own (`in October`, `en octobre`) is a date too, but
            // not an abbreviation or a word that is also a verb or a number (`May`, `sept`).
            if Self.standaloneMonths.contains(lower), lower.count >= 5 || language.code == "fr", lower != "sept",
               let date = CalendarDate(year: nil, month: month, day: nil) {
                reader.position = start + word.unicodeScalars.count
                return .date(date)
            }
            reader.position = start
        }
        let number: Double
        if let first = Self.numberWords[language.code]?[lower] {
            reader.position += word.unicodeScalars.count
            number = readScaledNumber(readCompoundNumber(first, &reader), &reader)
        } else if Self.magnitudes[language.code]?[lower] != nil, lower.count >= 4 {
            // `mille ans`, `a thousand years`, `a million people`; not an abbreviation alone (`bn`).
            number = readScaledNumber(1, &reader)
        } else {
            return nil
        }
        return number >= 2 ? .cardinal(number) : nil
    }

    /// `number` and the scale words and smaller numbers after it, added up: `two thousand three
    /// hundred` (2,300), `three million two hundred thousand` (3,200,000), `deux mille trois
    /// cents` (2,300), `mille et un` (1,001). Each scale must be smaller than the one before
    /// and larger than the number it scales. The reader is left after the last word taken.
    private func readScaledNumber(_ number: Double, _ reader: inout ScalarReader) -> Double {
        var total = 0.0, number = number, ceiling = Double.infinity
        while true {
            let afterNumber = reader.position
            skipNumberSeparator(&reader)
            guard let word = reader.peekWord(), let scale = Self.magnitudes[language.code]?[word.lowercased()],
                  scale < ceiling, number < scale else {
                reader.position = afterNumber
                return total + number
            }
            reader.position += word.unicodeScalars.count
            total += number * scale
            ceiling = scale
            let afterScale = reader.position
            skipNumberJoint(&reader)
            guard let next = reader.peekWord(), let value = Self.numberWords[language.code]?[next.lowercased()] else {
                reader.position = afterScale
                return total
            }
            reader.position += next.unicodeScalars.count
            number = readCompoundNumber(value, &reader)
            if number >= ceiling {
                reader.position = afterScale
                return total
            }
        }
    }

    /// The number words that follow a first one and make one number with it, by place value:
    /// `nine hundred and thirty` (930), `seven hundred eighty and two` (782), `two and thirty`
    /// (32, in older English), `cent quatre-vingt-sept` (187), `soixante et onze` (71),
    /// `dix-sept` (17), `vingt-et-un` (21); but `two three` or `thirty twenty` stay apart. The
    /// reader is left after the last word taken.
    private func readCompoundNumber(_ first: Double, _ reader: inout ScalarReader) -> Double {
        var value = first, last = first
        var afterLast = reader.position
        while true {
            let joinedByAnd = skipNumberJoint(&reader)
            guard let word = reader.peekWord(), let next = Self.numberWords[language.code]?[word.lowercased()],
                  let combined = compose(value, last: last, next: next, joinedByAnd: joinedByAnd) else { break }
            reader.position += word.unicodeScalars.count
            (value, last, afterLast) = (combined, next, reader.position)
        }
        reader.position = afterLast
        return value
    }

    /// A hyphen (`vingt-et-un`) or spaces between number words.
    private func skipNumberSeparator(_ reader: inout ScalarReader) {
        if reader.current == "-" { reader.position += 1 } else { reader.skipSpaces() }
    }

    /// What may stand between two number words: a separator, or `and`/`et` between two;
    /// returns whether it was `and`/`et`.
    @discardableResult
    private func skipNumberJoint(_ reader: inout ScalarReader) -> Bool {
        skipNumberSeparator(&reader)
        guard let joiner = reader.peekWord(), joiner.lowercased() == Self.numberJoiners[language.code] else { return false }
        reader.position += joiner.unicodeScalars.count
        skipNumberSeparator(&reader)
        return true
    }

    /// `value` (whose last word was `last`) followed by the number word `next`, if they make one number.
    private func compose(_ value: Double, last: Double, next: Double, joinedByAnd: Bool) -> Double? {
        if next == 100 { return !joinedByAnd && value < 100 ? value * 100 : nil }
        if language.code == "fr", next == 20, last == 4, !joinedByAnd { return value - 4 + 80 }
        if language.code == "en", joinedByAnd, last < 10, next >= 20, next < 100, next.truncatingRemainder(dividingBy: 10) == 0 {
            return value + next
        }
        // The places still free after `last`: units after tens, tens and units after hundreds;
        // French counts 70–79 and 90–99 as 60 + 10…19 and 80 + 10…19.
        let tens = value.truncatingRemainder(dividingBy: 100)
        let limit: Double
        switch last {
        case 100...: limit = 100
        case 20..<100 where language.code == "fr" && (tens == 60 || tens == 80): limit = 20
        case 20..<100 where last.truncatingRemainder(dividingBy: 10) == 0: limit = 10
        case 10 where language.code == "fr" && (tens == 10 || tens >= 70): limit = 10
        default: return nil
        }
        guard next < limit else { return nil }
        return value + next
    }

    /// `September 20, 2020`, `Sept. 20`, `September 2020`.
    private func readDayAndYear(month: Int, _ reader: inout ScalarReader) -> CalendarDate? {
        let afterMonth = reader.position
        reader.skipSpaces()
        guard let first = reader.readDigits() else {
            reader.position = afterMonth
            return nil
        }
        if first.digits.count == 4 { return CalendarDate(year: Int(first.digits), month: month, day: nil) }
        guard first.digits.count <= 2 else {
            reader.position = afterMonth
            return nil
        }
        let afterDay = reader.position
        if let suffix = reader.peekWord(), ["st", "nd", "rd", "th"].contains(suffix) { reader.position += 2 }
        if let year = readYear(&reader) { return CalendarDate(year: year, month: month, day: Int(first.digits)) }
        reader.position = max(reader.position, afterDay)
        return CalendarDate(year: nil, month: month, day: Int(first.digits))
    }

    /// `20 September 2020`, `20 septembre`, after the day has been read.
    private func readMonthAfterDay(_ day: Int, _ reader: inout ScalarReader) -> CalendarDate? {
        let start = reader.position
        reader.skipSpaces()
        guard let word = reader.peekWord(), let month = Self.month(word.lowercased(), language: language) else {
            reader.position = start
            return nil
        }
        reader.position += word.unicodeScalars.count
        if reader.current == "." { reader.position += 1 }
        let year = readYear(&reader)
        return CalendarDate(year: year, month: month, day: day)
    }

    /// `, 2020` or ` 2020` after a day or month.
    private func readYear(_ reader: inout ScalarReader) -> Int? {
        let start = reader.position
        if reader.current == "," { reader.position += 1 }
        reader.skipSpaces()
        if let year = reader.readDigits(), year.digits.count == 4, !reader.isDigitOrLetter {
            return Int(year.digits)
        }
        reader.position = start
        return nil
    }

    private static func month(_ word: String, language: Language) -> Int? {
        switch language.code {
        case "fr": return frenchMonths[word]
        case "en": return englishMonths[word]
        default: return englishMonths[word] ?? frenchMonths[word]
        }
    }

    private static let englishMonths: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
        "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
        "nov": 11, "december": 12, "dec": 12,
    ]
    private static let frenchMonths: [String: Int] = [
        "janvier": 1, "janv": 1, "février": 2, "févr": 2, "fevrier": 2, "mars": 3, "avril": 4,
        "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8,
        "septembre": 9, "sept": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11,
        "décembre": 12, "déc": 12, "decembre": 12,
    ]
    private static let standaloneMonths: Set<String> = [
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "janvier", "février", "avril", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre",
    ]
    private static let magnitudes: [String: [String: Double]] = [
        "en": ["thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
               "trillion": 1e12, "trillions": 1e12, "bn": 1e9, "mn": 1e6],
        "fr": ["mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
               "billion": 1e12, "billions": 1e12, "md": 1e9, "mds": 1e9],
    ]
    private static let percentWords: [String: Set<String>] = [
        "en": ["percent", "per", "pct"],
        "fr": ["pour"],
    ]
    private static let numberWords: [String: [String: Double]] = [
        "en": ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
               "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
               "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
               "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
               // Ordinals read as their number (`the fourth day` ~ `第四日`); `first` is too common.
               "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
               "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20, "hundredth": 100],
        "fr": ["un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
               "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
               "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30,
               "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "cents": 100,
               "deuxième": 2, "troisième": 3, "quatrième": 4, "cinquième": 5, "sixième": 6, "septième": 7,
               "huitième": 8, "neuvième": 9, "dixième": 10, "onzième": 11, "douzième": 12, "vingtième": 20,
               "centième": 100],
    ]
    /// The scalars ``readHanSuffix`` reads after a number.
    private static let hanSuffixStarts: Set<UInt32> = Set("年月万萬亿億兆%％".unicodeScalars.map(\.value))
    /// The word that may join two number words: `two and thirty`, `vingt et un`.
    private static let numberJoiners = ["en": "and", "fr": "et"]
}
