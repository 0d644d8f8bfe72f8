import ConcordText
import Testing
@testable import ConcordAlign

@Suite struct ComparableMatcherTests {
    private let english = ComparableDocument(name: "en", language: .english, segments: [
        "The Commerce Department said on September 18, 2020 that TikTok and WeChat downloads would be banned.",
        "Wilbur Ross said the measures protect national security.",
        "Oracle was chosen as TikTok's technology partner.",
        "The weather in Washington was mild that weekend.",
    ])
    private let french = ComparableDocument(name: "fr", language: .french, segments: [
        "Oracle a été retenu comme partenaire technologique de TikTok.",
        "Les Français peuvent continuer à utiliser l'application.",
        "Le 18 septembre 2020, le département du Commerce a annoncé l'interdiction des téléchargements de TikTok et WeChat.",
        "Pour Wilbur Ross, ces mesures protègent la sécurité nationale.",
    ])

    @Test func sentencesStatingTheSameFactArePairedInAnyOrder() throws {
        let pairs = try ComparableMatcher().match([english, french])
        #expect(pairs.map { [$0.sourceIndex, $0.targetIndex] } == [[0, 2], [1, 3], [2, 0]])
        #expect(pairs.allSatisfy { $0.sourceDocument == 0 && $0.targetDocument == 1 && (0...1).contains($0.score) })
        let first = try #require(pairs.first)
        #expect(first.evidence.contains("date 2020-09-18"))
        #expect(first.evidence.contains("name tiktok"))
    }

    @Test func chineseMeetsEnglishThroughNumbersNamesAndDates() throws {
        let chinese = ComparableDocument(name: "zh", language: .chinese, segments: [
            "甲骨文被选为TikTok的技术合作伙伴。",
            "美国商务部2020年9月18日宣布禁止下载TikTok和微信。",
        ])
        let pairs = try ComparableMatcher().match([english, chinese])
        #expect(pairs.map { [$0.sourceIndex, $0.targetIndex] }.contains([0, 1]))
        #expect(!pairs.contains { $0.sourceIndex == 3 })
    }

    @Test func articlesThatShareNothingGiveNoPairs() throws {
        let other = ComparableDocument(name: "other", language: .english, segments: [
            "A recipe for bread needs flour, water and salt.", "Knead the dough for ten minutes.",
        ])
        #expect(try ComparableMatcher().match([english, other]).isEmpty)
    }

    @Test func aHigherThresholdKeepsFewerPairsAndSeveralArticlesAreComparedTwoByTwo() throws {
        let all = try ComparableMatcher(threshold: 0.1).candidates([english, french, english])
        let loose = all.pairs(threshold: 0.1), strict = all.pairs(threshold: 0.6)
        #expect(strict.count <= loose.count)
        #expect(Set(loose.map { [$0.sourceDocument, $0.targetDocument] }) == [[0, 1], [0, 2], [1, 2]])
    }

    @Test func aTransliteratedNameMeetsItsLatinSpellingBySound() throws {
        let english = ComparableDocument(name: "en", language: .english, segments: ["Mike Pompeo met the minister in Rome."])
        let chinese = ComparableDocument(name: "zh", language: .chinese, segments: ["蓬佩奥会见了部长。"])
        let pair = try #require(try ComparableMatcher(threshold: 0.01).match([english, chinese]).first)
        #expect(pair.evidence.contains("name sounding PN"))
    }

    @Test func aShortNamesSoundsConfirmAPairThatOtherAnchorsMake() throws {
        let chinese = ComparableDocument(name: "zh", language: .chinese, segments: ["以扫四十岁。"])
        let english = ComparableDocument(name: "en", language: .english, segments: ["Then Esau was forty years old."])
        let pair = try #require(try ComparableMatcher(threshold: 0.01).match([english, chinese]).first)
        #expect(pair.evidence.contains("name beginning like ESA"))
        #expect(pair.evidence.contains("number 40"))
        let nameAlone = ComparableDocument(name: "en", language: .english, segments: ["Then Esau wept aloud."])
        #expect(try ComparableMatcher(threshold: 0.01).match([nameAlone, chinese]).isEmpty, "three sounds alone make no pair")
    }

    @Test func twoDictionaryWordsSideBySideAreNotReadAsAName() throws {
        // 阿姨 + 说 (auntie said) would begin like Aesop; 阿姨 is a word of ICU's dictionary.
        let chinese = ComparableDocument(name: "zh", language: .chinese, segments: ["阿姨说四十。"])
        let english = ComparableDocument(name: "en", language: .english, segments: ["Then Aesop said forty."])
        let pair = try #require(try ComparableMatcher(threshold: 0.01).match([english, chinese]).first)
        #expect(pair.evidence.contains("number 40"))
        #expect(!pair.evidence.contains("name beginning like AES"))
    }

    @Test func eachOthersBestCandidatesAreKeptBelowTheThreshold() {
        // Scores as given: rivals of twice the score leave a score unchanged.
        func pair(_ source: Int, _ target: Int, _ score: Double) -> ComparableCandidates.Scored {
            .init(sourceDocument: 0, targetDocument: 1, sourceIndex: source, targetIndex: target, score: score,
                  table: 0, slotA: Int32(source), slotB: Int32(target), rivals: 2 * score)
        }
        let threshold = 0.35, below = 0.3
        #expect(below < threshold && below >= ComparableCandidates.mutualShare * threshold)
        let candidates = ComparableCandidates(similarities: [pair(0, 0, below), pair(1, 1, below), pair(1, 2, below + 0.01)], tables: [])
        let kept = candidates.assignment(threshold: threshold).map { [$0.sourceIndex, $0.targetIndex] }
        // Source 1's best candidate is target 2: its pair with target 1 needs the whole threshold.
        #expect(kept == [[0, 0], [1, 2]])
        #expect(candidates.assignment(threshold: (below + 0.01) / ComparableCandidates.mutualShare + 0.01).isEmpty)
    }

    @Test func aPairWithAnEquallyGoodRivalScoresLess() throws {
        let source = ComparableDocument(name: "en", language: .english, segments: ["Wilbur Ross spoke in Washington."])
        let alone = ComparableDocument(name: "fr", language: .french, segments: ["Wilbur Ross a parlé à Washington."])
        let twice = ComparableDocument(name: "fr", language: .french, segments: alone.segments + alone.segments)
        let matcher = ComparableMatcher(threshold: 0.01)
        let unrivalled = try #require(try matcher.match([source, alone]).first)
        let rivalled = try matcher.candidates([source, twice]).pairs(threshold: 0.01)
        // Both French segments are the same: each pair keeps two thirds of its cosine, and the
        // English segment takes both (a second partner as good as the first).
        #expect(rivalled.map(\.targetIndex) == [0, 1])
        #expect(rivalled.allSatisfy { abs($0.score - unrivalled.score * 2 / 3) < 1e-9 })
    }

    @Test func aWeakMatchInAnotherArticleGivesWayToTheSegmentsPartnerElsewhere() throws {
        let source = ComparableDocument(name: "en", language: .english, segments: ["Wilbur Ross said on Friday that the ban protects national security."])
        let partner = ComparableDocument(name: "fr", language: .french, segments: ["Vendredi, Wilbur Ross a déclaré que l'interdiction protège la sécurité nationale."])
        let unrelated = ComparableDocument(name: "fr-other", language: .french, segments: ["Wilbur Ross a visité une usine de Detroit."])
        let matcher = ComparableMatcher(threshold: 0.01)
        // Alone with the unrelated article, the shared name is all there is to compare.
        let alone = try #require(try matcher.match([source, unrelated]).first)
        #expect(alone.score > 0.8)
        // Among all three, that pair is measured against the segment's true partner.
        let pairs = try matcher.match([source, partner, unrelated])
        let trueScore = try #require(pairs.first { $0.sourceDocument == 0 && $0.targetDocument == 1 }).score
        let weakScore = try #require(pairs.first { $0.sourceDocument == 0 && $0.targetDocument == 2 }).score
        #expect(weakScore < alone.score / 3)
        #expect(weakScore < trueScore / 2)
    }

    @Test func aPairBetweenArticlesThatShareNothingElseMustBeStronger() throws {
        let banEnglish = ComparableDocument(name: "ban-en", language: .english, segments: [
            "Wilbur Ross announced the TikTok ban on September 18, 2020.", "Oracle was chosen as TikTok's technology partner.",
            "TikTok said it was disappointed by the decision.", "Ross later visited Detroit.",
        ])
        let banFrench = ComparableDocument(name: "ban-fr", language: .french, segments: [
            "Le 18 septembre 2020, Wilbur Ross a annoncé l'interdiction de TikTok.", "Oracle a été choisi comme partenaire technologique de TikTok.",
            "TikTok s'est dit déçu par la décision.",
        ])
        let weChatEnglish = ComparableDocument(name: "wechat-en", language: .english, segments: [
            "Tencent has owned WeChat since 2011.", "WeChat has 1.2 billion users.", "Apple removed the WeChat app in 2021.",
        ])
        let weChatFrench = ComparableDocument(name: "wechat-fr", language: .french, segments: [
            "Tencent possède WeChat depuis 2011.", "WeChat compte 1,2 milliard d'utilisateurs.", "Apple a retiré l'application WeChat en 2021.",
            "Detroit a reçu des visiteurs.",
        ])
        let matcher = ComparableMatcher(threshold: 0.01)
        func detroit(_ pairs: [ComparablePair], _ source: Int, _ target: Int) throws -> Double {
            try #require(pairs.first { $0.sourceDocument == source && $0.sourceIndex == 3 && $0.targetDocument == target && $0.targetIndex == 3 }).score
        }
        let alone = try detroit(try matcher.match([banEnglish, weChatFrench]), 0, 1)
        let all = try matcher.match([banEnglish, banFrench, weChatEnglish, weChatFrench])
        // The stories still pair with each other, sentence by sentence.
        #expect(all.contains { $0.sourceDocument == 0 && $0.targetDocument == 1 && $0.sourceIndex == 1 && $0.targetIndex == 1 })
        #expect(all.contains { $0.sourceDocument == 2 && $0.targetDocument == 3 && $0.sourceIndex == 1 && $0.targetIndex == 1 })
        #expect(try detroit(all, 0, 3) < alone * 0.8)
    }
}
