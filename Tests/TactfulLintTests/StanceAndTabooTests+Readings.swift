import Testing

@testable import TactfulLint

/// Readings added from the blind drafts' misses: Dutch disease curses, the pinching hand in Korea, "Mademoiselle" in
/// France and a towel as a gift in Taiwan — each for its region only, with the word's harmless use left alone.
extension StanceAndTabooTests {
    @Test func diseaseCursesToADutchCustomer() throws {
        #expect(try taboos("Het duurt teringlang, sorry.", "nl-NL") == ["teringlang"])
        #expect(try taboos("Wat een kankerdrukte vandaag!", "nl-NL") == ["kankerdrukte"])
        #expect(try taboos("Wij steunen KWF Kankerbestrijding en het onderzoek naar borstkanker.", "nl-NL").isEmpty)
    }

    @Test func thePinchingHandToAKoreanCustomer() throws {
        #expect(try taboos("잠시만 기다려 주세요 🤏", "ko-KR") == ["🤏"])
        #expect(try taboos("Just a moment 🤏", "en-US").isEmpty)
    }

    @Test func mademoiselleToAFrenchCustomer() throws {
        #expect(try taboos("Bonjour Mademoiselle, votre colis est arrivé.", "fr-FR") == ["Mademoiselle"])
        #expect(try taboos("Le parfum Coco Mademoiselle est de nouveau en stock.", "fr-FR").isEmpty)
        #expect(try taboos("Bonjour Mademoiselle, votre colis est arrivé.", "fr-CA").isEmpty)
    }

    @Test func aTowelAsAGiftToATaiwaneseCustomer() throws {
        #expect(try taboos("感謝您的耐心，我們會加贈一條毛巾。", "zh-TW") == ["毛巾"])
        #expect(try taboos("這款毛巾為純棉材質，可機洗。", "zh-TW").isEmpty)
    }
}
