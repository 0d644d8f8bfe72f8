import Testing
import ConcordText

@Suite struct CollatorTests {
    private func sorted(_ words: [String], _ locale: String) throws -> [String] {
        let collator = try Collator(locale: locale)
        return words.sorted { collator.sortKey($0).lexicographicallyPrecedes(collator.sortKey($1)) }
    }

    @Test func frenchSortsAccentsBesideTheirLetters() throws {
        #expect(try sorted(["zèbre", "école", "Zoé", "eau", "Éric"], "fr") == ["eau", "école", "Éric", "zèbre", "Zoé"])
        // Code-point order would put every accented capital after z.
        #expect(["zèbre", "école", "Zoé", "eau", "Éric"].sorted() != (try sorted(["zèbre", "école", "Zoé", "eau", "Éric"], "fr")))
    }

    @Test func chineseSortsByPinyin() throws {
        #expect(try sorted(["张一鸣", "王毅", "李", "阿里巴巴"], "zh") == ["阿里巴巴", "李", "王毅", "张一鸣"])
    }

    @Test func sortKeysAreStable() throws {
        let collator = try Collator(locale: "en")
        #expect(collator.sortKey("TikTok") == collator.sortKey("TikTok"))
        #expect(collator.sortKey("TikTok") != collator.sortKey("Tiktok"))
    }
}
