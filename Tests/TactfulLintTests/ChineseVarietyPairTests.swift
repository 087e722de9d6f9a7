import Testing
@testable import TactfulLint

/// The built-in zh-CN / zh-TW / zh-HK vocabulary rules read one glossary by variety pair: mainland and Taiwan words
/// for Hong Kong, mainland and Hong Kong words for Taiwan, each word reported once with the target region's word.
@Suite struct ChineseVarietyPairTests {
    /// Vocabulary findings for `tag` as (match, suggested rewrite) pairs, in text order.
    private func vocabulary(_ text: String, _ tag: String) throws -> [String] {
        try builtInFindings(text, tag) { $0.category == .vocabulary }
            .sorted { $0.span.lowerBound < $1.span.lowerBound }
            .map { "\($0.match)→\($0.fixes.first?.replacement ?? "")" }
    }

    @Test func aHongKongReplyGetsTheHongKongWordForMainlandAndTaiwanWords() throws {
        let draft = "貨品可寄到附近的超商，我們會以簡訊通知您。您發來的視頻已收到，物流信息已更新。"
        #expect(try vocabulary(draft, "zh-HK") == ["超商→便利店", "簡訊→短訊", "視頻→影片", "信息→訊息"])
    }

    @Test func aTaiwanReplyGetsTheTaiwanWordForHongKongWords() throws {
        let draft = "我們會以短訊通知您，詳情請參閱我們的私隱政策。"
        #expect(try vocabulary(draft, "zh-TW") == ["短訊→簡訊", "私隱政策→隱私權政策"])
    }

    @Test func aWordOfTwoColumnsIsOneFinding() throws {
        // 隱私權 is both the mainland and the Taiwan word; 軟件 both the mainland and the Hong Kong word.
        #expect(try vocabulary("您的隱私權受法律保障。", "zh-HK") == ["隱私權→私隱權"])
        #expect(try vocabulary("請先更新軟件再試一次。", "zh-TW") == ["軟件→軟體"])
    }

    @Test func wordsEachRegionUsesStayClean() throws {
        let hongKong = "多謝您的訊息。我們已收到您傳來的影片，亦會以短訊通知您。貨品會寄到便利店，品質有保證，乳酪需要冷藏。"
        #expect(try vocabulary(hongKong, "zh-HK") == [])
        let taiwan = "我們會以簡訊通知您取貨，歡迎到我們的網誌看看，您傳來的影片已收到。"
        #expect(try vocabulary(taiwan, "zh-TW") == [])
    }
}
