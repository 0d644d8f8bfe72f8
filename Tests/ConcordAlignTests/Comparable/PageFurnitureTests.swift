import Foundation
import Testing
@testable import ConcordAlign
import ConcordText

@Suite struct PageFurnitureTests {
    @Test(arguments: ["Vidéos recommandées", "Leave a Reply", "2.", "Par Claire Dubois, correspondante à Washington",
                      "Lire aussi : Oracle, le partenaire inattendu de TikTok", "责任编辑：王晓", "2020年9月18日 10:32",
                      "Photo credit: Reuters/Dado Ruvic", "Share on WeChat 📱", "—"])
    func webDebrisIsFurniture(_ text: String) {
        #expect(PageFurniture.contains(text, at: 3))
    }

    @Test(arguments: ["TikTok fera appel de la décision.", "美国商务部宣布，自9月20日起禁止下载微信。", "Will the ban hold?",
                      "« Nous contesterons cette décision »", "And God said,", "The Department of Commerce explained that:",
                      "他说：“这是霸凌行为。”"])
    func runningTextIsNot(_ text: String) {
        #expect(!PageFurniture.contains(text, at: 3))
    }

    @Test func theHeadlineIsNeverFurniture() {
        #expect(!PageFurniture.contains("U.S. to Bar TikTok and WeChat Downloads From Sunday", at: 0))
        #expect(PageFurniture.contains("U.S. to Bar TikTok and WeChat Downloads From Sunday", at: 1))
    }

    @Test func furnitureIsLeftUnpairedEvenWhenItNamesTheStory() throws {
        let english = ["TikTok and WeChat banned from U.S. app stores",
                       "Related: Oracle, TikTok's unexpected partner in the United States",
                       "Oracle would host the data of American users of TikTok, the Commerce Department said on September 18."]
        let french = ["TikTok et WeChat bannis des magasins d'applications américains",
                      "Oracle hébergerait les données des utilisateurs américains de TikTok, a indiqué le ministère du Commerce le 18 septembre.",
                      "Lire aussi : Oracle, le partenaire inattendu de TikTok aux États-Unis"]
        let pairs = try ComparableMatcher().match([ComparableDocument(name: "en", language: .english, segments: english),
                                                   ComparableDocument(name: "fr", language: .french, segments: french)])
        #expect(pairs.contains { $0.sourceIndex == 2 && $0.targetIndex == 1 })
        #expect(!pairs.contains { $0.sourceIndex == 1 || $0.targetIndex == 2 })
    }
}
