import Testing
import ConcordText

@Suite struct NormalizerTests {
    @Test func nfcComposesAndNFDDecomposes() throws {
        #expect(try Normalizer(.nfc).normalize("Pompe\u{301}o") == "Pompéo")
        #expect(try Normalizer(.nfd).normalize("Pompéo") == "Pompe\u{301}o")
    }

    @Test func nfkcFoldsFullWidthLatinAndDigitsInChineseText() throws {
        #expect(try Normalizer(.nfkc).normalize("美国禁止ＴｉｋＴｏｋ，２０２０年") == "美国禁止TikTok,2020年")
    }

    @Test func nfkcCasefoldLowercasesAndFolds() throws {
        #expect(try Normalizer(.nfkcCasefold).normalize("ＴｉｋＴｏｋ Straße") == "tiktok strasse")
    }

    @Test func alreadyNormalizedTextIsDetected() throws {
        let nfc = try Normalizer(.nfc)
        let composed = Array("Pompéo 蓬佩奥".utf16)
        let decomposed = Array("Pompe\u{301}o".utf16)
        #expect(composed.withUnsafeBufferPointer { nfc.isNormalized($0) })
        #expect(!decomposed.withUnsafeBufferPointer { nfc.isNormalized($0) })
    }

    @Test func longTextGrowsTheOutputBuffer() throws {
        // Each U+FB03 (ﬃ) becomes three letters under NFKC: the first buffer guess is too small.
        let text = String(repeating: "\u{FB03}", count: 5_000)
        #expect(try Normalizer(.nfkc).normalize(text) == String(repeating: "ffi", count: 5_000))
    }
}

@Suite struct MatchKeyTests {
    @Test func spellingVariantsOfANameShareAKey() throws {
        let maker = try MatchKeyMaker()
        let keys = try ["Pompeo", "POMPEO", "Pompéo", "Pom-peo", "Ｐｏｍｐｅｏ", "Pom peo", "Pom\u{00AD}peo"].map { try maker.key($0) }
        #expect(Set(keys) == ["pompeo"])
    }

    @Test func brandsAndChineseKeepTheirLetters() throws {
        let maker = try MatchKeyMaker()
        #expect(try maker.key("Tik Tok") == "tiktok")
        #expect(try maker.key("ByteDance's") == "bytedances")
        #expect(try maker.key("蓬佩奥") == "蓬佩奥")
        #expect(try maker.key("Wang Yi (王毅)") == "wangyi王毅")
        #expect(try maker.key("Pompio") != maker.key("Pompeo"))
    }

    /// ASCII and Han text skip ICU's normalizers; a trailing `é` sends the same text through
    /// them, and the keys must agree for every ASCII character.
    @Test func textThatSkipsTheNormalizersGetsTheSameKey() throws {
        let maker = try MatchKeyMaker()
        for value in 0..<128 {
            let text = "Ab\(Character(Unicode.Scalar(UInt8(value))))字节z"
            #expect(try maker.key(text) + "e" == maker.key(text + "É"), "ASCII \(value)")
        }
    }
}
