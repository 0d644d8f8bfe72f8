/// A cursor over the Unicode scalars of a string that knows each scalar's UTF-16 offset.
struct ScalarReader {
    private let scalars: [Unicode.Scalar]
    private let utf16Offsets: [Int]
    var position = 0

    init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        // The UTF-8 length bounds the scalar count and, unlike the UTF-16 one, costs nothing.
        scalars.reserveCapacity(text.utf8.count)
        offsets.reserveCapacity(text.utf8.count + 1)
        var offset = 0
        for scalar in text.unicodeScalars {
            scalars.append(scalar)
            offsets.append(offset)
            offset += scalar.utf16.count
        }
        offsets.append(offset)
        self.scalars = scalars
        self.utf16Offsets = offsets
    }

    var isAtEnd: Bool { position >= scalars.count }
    var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }
    var currentCharacter: Character? { current.map(Character.init) }

    /// The scalar `distance` scalars from the cursor (before it when negative), if any.
    func peek(_ distance: Int) -> Unicode.Scalar? {
        let index = position + distance
        return scalars.indices.contains(index) ? scalars[index] : nil
    }

    func offset(_ index: Int) -> Int { utf16Offsets[min(index, scalars.count)] }

    func text(from start: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<min(position, scalars.count)])
        return String(view)
    }

    func matches(_ literal: String) -> Bool {
        var index = position
        for scalar in literal.unicodeScalars {
            guard index < scalars.count, scalars[index] == scalar else { return false }
            index += 1
        }
        return true
    }

    /// 0–9 for ASCII and full-width digits.
    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
        default: return nil
        }
    }

    /// `true` when the scalar before the cursor is not a letter or digit.
    var isAtWordStart: Bool {
        position == 0 || !Self.isWordScalar(scalars[position - 1])
    }

    var isDigitOrLetter: Bool { current.map(Self.isWordScalar) ?? false }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (0x30...0x39).contains(scalar.value) || isASCIILetter(scalar) }
        return digitValue(scalar) != nil || (!isHan(scalar) && scalar.properties.isAlphabetic)
    }

    @inline(__always)
    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
    }

    /// A letter of a Latin-script (or other non-Han) word.
    @inline(__always)
    static func isWordLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? isASCIILetter(scalar) : !isHan(scalar) && scalar.properties.isAlphabetic
    }

    private static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        (0x3400...0x9FFF).contains(scalar.value) || (0x20000...0x3FFFF).contains(scalar.value)
    }

    /// Reads a run of digits (ASCII or full-width) as ASCII, unless it is glued to letters.
    mutating func readDigits() -> (digits: String, end: Int)? {
        guard let digits = peekDigits(after: 0) else { return nil }
        position += digits.count
        return (digits, position)
    }

    func peekDigits(after distance: Int) -> String? {
        var index = position + distance
        var digits = ""
        while index < scalars.count, let digit = Self.digitValue(scalars[index]) {
            digits.append(Character(String(digit)))
            index += 1
        }
        return digits.isEmpty ? nil : digits
    }

    /// The run of Latin-script letters at the cursor (not Han), without making a string.
    var currentWord: ArraySlice<Unicode.Scalar> {
        var index = position
        while index < scalars.count, Self.isWordLetter(scalars[index]) { index += 1 }
        return scalars[min(position, index)..<index]
    }

    /// The run of Latin-script letters at the cursor (not Han), if any.
    func peekWord() -> String? {
        var index = position
        var view = String.UnicodeScalarView()
        while index < scalars.count, Self.isWordLetter(scalars[index]) {
            view.append(scalars[index])
            index += 1
        }
        return view.isEmpty ? nil : String(view)
    }

    mutating func skipSpaces() {
        while let scalar = current, scalar == " " || scalar == "\u{A0}" || scalar == "\u{202F}" || scalar == "\t" {
            position += 1
        }
    }

    /// Moves past the current word, number or single other scalar.
    mutating func skipToken() {
        guard let scalar = current else { return }
        if Self.isWordScalar(scalar) {
            while let next = current, Self.isWordScalar(next) { position += 1 }
        } else {
            position += 1
        }
    }
}
