import Testing
@testable import ConcordText

@Suite struct AbbreviationsTests {
    private static let words = [
        "M.", "MM.", "Mme.", "Mlle.", "déc.", "févr.", "Gén.", "gén.", "É.-U.", "U.S.", "U.S.A.", "Sept.", "sept.",
        "No.", "Dr.", "St.", "approx.", "A.", "W.", "É.", "Ā.", "x.", "ab.", "Mr.", "mr.", "Déc.", "terre.", "fin.",
        "ABCDEFG.", "Ǆ.", "ǅ.", "’s.", "l’art.", "«M.", "1.", "\u{0}M.",
        // Decomposed accents and combining marks: equal to a listed word as strings, not unit for unit.
        "de\u{301}c.", "fe\u{301}vr.", "Ge\u{301}n.", "E\u{301}.-U.", "M\u{301}.", "A\u{300}.", "M\u{308}me.",
    ]
    private static let following = ["Pompeo", "5", "Le", "The", "« Bonjour", "(Paris", "lundi", "Élysée", "E\u{301}glise", "’Twas", ""]

    @Test func unitsAgreeWithStringsForEveryLanguage() {
        for language in [Language.english, .french, .chinese] {
            let packedWords = Abbreviations.packedWords(for: language)
            for word in Self.words {
                for next in Self.following {
                    let units = Array(word.utf16)
                    let fromUnits = units.withUnsafeBufferPointer {
                        Abbreviations.isNonFinal($0, language: language, packedWords: packedWords, before: { next })
                    }
                    #expect(fromUnits == Abbreviations.isNonFinal(word, language: language, before: { next }),
                            "\(word) \(next) in \(language)")
                }
            }
        }
    }

    @Test func listedWordsAreFoundFromTheirUnits() {
        let packedWords = Abbreviations.packedWords(for: .french)
        let nonFinal = Array("déc.".utf16).withUnsafeBufferPointer {
            Abbreviations.isNonFinal($0, language: .french, packedWords: packedWords, before: { "2020" })
        }
        #expect(nonFinal)
        let decomposed = Array("de\u{301}c.".utf16).withUnsafeBufferPointer {
            Abbreviations.isNonFinal($0, language: .french, packedWords: packedWords, before: { "2020" })
        }
        #expect(decomposed)
    }
}
