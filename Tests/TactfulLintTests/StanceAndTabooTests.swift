import Foundation
import TactfulStances
import Testing
@testable import TactfulLint
import TactfulData

/// Refusals and blame in many languages (kind `stance`) and readings that offend in one market (kind `taboo`).
@Suite struct StanceAndTabooTests {
    func stances(_ text: String, _ tag: String) throws -> [String] {
        try builtInFindings(text, tag) { $0.rule == "root.negative.stance" }.map(\.match)
    }

    func taboos(_ text: String, _ tag: String) throws -> [String] {
        try builtInFindings(text, tag) { $0.rule == "root.taboo.reading" }.map(\.match)
    }

    @Test func everyFamilyHasPhrasesAndALeadInEveryPackLanguage() throws {
        let families = StanceAdvice.builtIn
        #expect(
            families.map(\.id).sorted() == [
                "blame", "blame-shift", "condescension", "deflection", "helplessness", "passive-aggression",
                "policy-shield", "refusal",
            ])
        for family in families {
            for language in ["en", "de", "fr", "es", "pt", "it", "nl", "pl", "id", "ja", "ko", "zh", "th", "ar"] {
                #expect(family.lead[language] != nil, "\(family.id) has no lead in \(language)")
            }
        }
    }

    @Test func aStemMatchesItsEndingsAndAPrefixItsClitics() {
        let stem = Literal.written("어쩔 수 없*")
        #expect(stem.text == "어쩔 수 없" && stem.wholeWord && !stem.endsOnBoundary)
        let clitic = Literal.written("*ليست مسؤوليتنا")
        #expect(clitic.text == "ليست مسؤوليتنا" && !clitic.wholeWord && clitic.endsOnBoundary)
    }

    @Test func theSuggestionLeadsWithWhatTheAgentCanDoAndIsNeverApplied() throws {
        let found = try builtInFindings("Sorry, nothing we can do about the delay.", "en-GB") {
            $0.rule == "root.negative.stance"
        }
        let fix = try #require(found.first?.fixes.first)
        #expect(fix.suggestion && !fix.safe)
        #expect(!fix.isApplied(in: .unsafe))
    }

    @Test func refusalsAndBlameInManyLanguages() throws {
        #expect(!(try stances("Sorry, nothing we can do about the delay.", "en-GB")).isEmpty)
        #expect(!(try stances("저희도 어쩔 수 없어요.", "ko-KR")).isEmpty)
        #expect(!(try stances("Da kann man nix machen.", "de-AT")).isEmpty)
        #expect(!(try stances("Cancellation is not possible once an order has left our warehouse.", "en-SG")).isEmpty)
        #expect(
            !(try stances("Hätten Sie die Größentabelle genauer gelesen, wäre das nicht passiert.", "de-AT")).isEmpty)
    }

    @Test func aRefusalIsSoftenedByAWayForwardButHelplessnessByNothing() throws {
        func severity(_ text: String, _ tag: String) throws -> [Severity] {
            try builtInFindings(text, tag) { $0.rule == "root.negative.stance" }.map(\.severity)
        }
        let families = Dictionary(uniqueKeysWithValues: StanceAdvice.builtIn.map { ($0.id, $0.softenedBy) })
        #expect(families["refusal"] == [.wayForward, .thirdParty])
        #expect(families["helplessness"] == [])
        #expect(families["blame"] == [])
        // Helplessness stays a warning though a third party (die Post) and a way forward follow.
        #expect(try severity("Da kann man nix machen, die Post ist gerade überlastet.", "de-AT") == [.warning])
        #expect(try severity("Daar kunnen wij niks aan doen, het ligt bij de vervoerder.", "nl-NL") == [.warning])
        // A refusal about a third party with an offer after it is only advice.
        #expect(try severity("我哋冇辦法直接取消銀行嗰邊嘅授權，不過可以出張證明俾你。", "zh-HK").allSatisfy { $0 == .info })
        // The sign-off is no way forward: よろしくお願いいたします holds the humble いたします of a promise.
        let signedOff = "鈴木様\n\n配送の遅れは運送会社の責任なので、当社では対応できません。\n\nよろしくお願いいたします。\nカスタマーサポート"
        #expect(try severity(signedOff, "ja-JP").contains(.warning))
    }

    @Test func refusalFramesReadAcrossTheWordsBetween() throws {
        #expect(try stances("ถึงสินค้าจะยังไม่แกะก็คืนไม่ได้ครับ", "th-TH").count == 1)
        #expect(try stances("그래서 교환은 안 돼.", "ko-KR").count == 1)
        #expect(try stances("لذلك لا يمكننا استبدال المنتج.", "ar-AE").count == 1)
        // "returns of unused items are possible"; "items that can't be exchanged are marked on the page".
        #expect(try stances("สามารถคืนสินค้าที่ยังไม่ได้ใช้งานได้ภายใน 7 วันค่ะ", "th-TH").isEmpty)
        #expect(try stances("교환이 불가한 상품은 상세페이지에 표시되어 있습니다.", "ko-KR").isEmpty)
        // Chinese: the shop, a refusal word, a word for handling it, with words between ("我們就無法處理").
        #expect(try stances("若不接受，我們就無法處理。", "zh-TW").count == 1)
        #expect(try stances("本公司不會再就此事作任何跟進。", "zh-HK").count == 1)
        #expect(try stances("我們會盡快處理您的退款。", "zh-TW").isEmpty)
    }

    @Test func fridayThe17thIsItalysUnluckyDay() throws {
        #expect(try taboos("Offerta speciale venerdì 17 ottobre: sconto del 20%.", "it-IT") == ["venerdì 17"])
        #expect(try taboos("Offerta speciale venerdì 17 ottobre: sconto del 20%.", "es-ES").isEmpty)
        #expect(try taboos("La consegna è prevista per il 17 ottobre.", "it-IT").isEmpty)
    }

    @Test func oneFindingPerFamilyAndSentence() throws {
        let text = "Le problème vient du transporteur Colissimo, nous n'y sommes pour rien."
        #expect(
            try stances(text, "fr-FR") == ["Le problème vient du transporteur Colissimo, nous n'y sommes pour rien"])
        #expect(try stances("Les frais de douane, c'est pas nous.", "fr-CA").count == 1)
        #expect(try stances("Keterlambatan itu tanggung jawab kurir, bukan kami.", "id-ID").count == 1)
        #expect(try stances("與本公司無關，請您自行向速遞公司索償。", "zh-HK").count >= 1)
    }

    @Test func nearMissesStayClean() throws {
        #expect(try stances("We can refund you today or send a replacement.", "en-GB").isEmpty)
        #expect(try stances("You should have received the tracking number by e-mail.", "en-GB").isEmpty)
    }

    @Test func everyTabooNamesRegionsAndASource() throws {
        let path = "Glossaries/culture/taboos.yml"
        let taboos = try Taboo.read(try #require(BuiltInData.text(at: path)), path: path)
        #expect(taboos.count >= 40)
        #expect(taboos.allSatisfy { !$0.regions.isEmpty && $0.reading["zh-Hans"] != nil })
    }

    @Test func aReadingHoldsOnlyInItsRegions() throws {
        #expect(try taboos("Tudo certo com o seu pedido 👌🏽", "pt-BR") == ["👌"])
        #expect(try taboos("Tudo certo com o seu pedido 👌", "pt-PT").isEmpty)
        #expect(try taboos("為了感謝您，我們會送您一個鬧鐘作為贈品。", "zh-TW").count == 1)
        #expect(try taboos("為了感謝您，我們會送您一個鬧鐘作為贈品。", "ja-JP").isEmpty)
        // Advertising cowhide to an Indian customer; plain "genuine leather" is fine, and so is cowhide elsewhere.
        #expect(try taboos("Our genuine cowhide wallets are a perfect Diwali gift.", "en-IN") == ["cowhide"])
        #expect(try taboos("Our genuine leather wallets are a perfect Diwali gift.", "en-IN").isEmpty)
        #expect(try taboos("Our genuine cowhide wallets are a perfect Christmas gift.", "en-GB").isEmpty)
        #expect(try taboos("No queremos tratos de gitanos con nuestros clientes.", "es-ES") == ["tratos de gitanos"])
    }

    @Test func aGiftsObjectCountsInASentenceAboutAGift() throws {
        #expect(
            try taboos("As a thank-you, we'll also include a complimentary wall clock in your parcel.", "en-SG") == [
                "wall clock"
            ])
        #expect(try taboos("您爷爷八十大寿，我们推荐这款实木座钟作为寿礼。", "zh-CN") == ["座钟"])
        #expect(!(try taboos("Nous vous offrons un bouquet de chrysanthèmes en cadeau.", "fr-FR")).isEmpty)
        // The gift named in the paragraph before, past the blank line; giving a birthday gift to an elder (送禮, 祝壽).
        #expect(try taboos("很高兴为您挑选送给爷爷的八十大寿礼物。\n\n我们推荐这款实木座钟，造型典雅。", "zh-CN") == ["座钟"])
        #expect(try taboos("想送禮俾屋企長輩祝壽，呢款木紋座枱鐘就最啱啦！", "zh-HK") == ["座枱鐘"])
        #expect(try taboos("To say sorry, we will also send you a free table clock.", "en-SG") == ["table clock"])
        // The customer's own purchase, and free delivery of it, are no gift.
        #expect(try taboos("Your wall clock ships free of charge tomorrow.", "en-SG").isEmpty)
        #expect(try taboos("您购买的闹钟已送达。", "zh-CN").isEmpty)
        #expect(try taboos("Vos chrysanthèmes seront livrés demain, livraison offerte.", "fr-FR").isEmpty)
        #expect(
            try taboos("As a thank-you, we'll also include a complimentary wall clock in your parcel.", "en-GB").isEmpty
        )
    }

    @Test func porkGivenAsAGiftToACustomerInSingapore() throws {
        #expect(try taboos("To say sorry, we'll add a free pack of bak kwa to your parcel.", "en-SG") == ["bak kwa"])
        // Bought by the customer, it is their order.
        #expect(try taboos("Your bak kwa ships tomorrow by courier.", "en-SG").isEmpty)
    }

    @Test func aGiftsObjectCountsRightAfterTheSentenceThatNamesTheGift() throws {
        #expect(try taboos("お見舞い用のギフトについてご相談ありがとうございます。おすすめは鉢植えの胡蝶蘭です。", "ja-JP") == ["鉢植え"])
        // Two sentences on, or a shop's own plants, are no gift to the sick.
        #expect(try taboos("お見舞いのご相談ありがとうございます。在庫を確認しました。鉢植えは明日届きます。", "ja-JP").isEmpty)
    }

    @Test func aCountOfFourInAReplyAboutAGift() throws {
        #expect(try taboos("結婚祝いのギフトとのこと、おめでとうございます。「プレート4枚セット」がおすすめです。", "ja-JP") == ["4枚"])
        #expect(try taboos("这是送给长辈的礼物，我们推荐4件装的茶具。", "zh-CN") == ["4件"])
        // No gift in the reply, part of a longer number, or the bedding set's name.
        #expect(try taboos("ご注文の電池4本セットは明日出荷いたします。", "ja-JP").isEmpty)
        #expect(try taboos("ギフト用に14枚入りのプレートもございます。", "ja-JP").isEmpty)
        #expect(try taboos("送您的礼物是一套纯棉四件套。", "zh-CN").isEmpty)
        #expect(try taboos("結婚祝いのギフトに「プレート4枚セット」はいかがでしょう。", "de-DE").isEmpty)
    }

    @Test func aCodeBuiltOnATabooNumber() throws {
        #expect(try taboos("Mit dem Code TREUE88 sparen Sie 10 %.", "de-DE") == ["TREUE88"])
        #expect(try taboos("Here's a discount code for your next order: LUCKY444.", "en-SG") == ["LUCKY444"])
        #expect(try taboos("优惠码LUCKY444，下单时输入即可。", "zh-CN") == ["LUCKY444"])
        // Other digits, order and tracking numbers, a word with lower-case letters, another region.
        #expect(
            try taboos("Mit dem Code TREUE10 sparen Sie 10 %. Bestellung DE4488, Sendung LP00123456788CN.", "de-DE")
                .isEmpty)
        #expect(try taboos("Treue88 ist unser Kundenclub.", "de-DE").isEmpty)
        #expect(try taboos("Here's a discount code for your next order: LUCKY444.", "en-GB").isEmpty)
        #expect(try taboos("Use code SALE24 or VIP4 at checkout.", "en-SG").isEmpty)
    }

    @Test func aNegatedServiceVerbWithTheShopAsSubjectIsARefusal() throws {
        #expect(!(try stances("Zollgebühren übernehmen wir nicht.", "de-DE")).isEmpty)
        #expect(
            !(try stances("Malheureusement, nous ne remboursons pas les appareils électroniques.", "fr-CA")).isEmpty)
        #expect(!(try stances("We don't pay customs for customers.", "en-US")).isEmpty)
        #expect(!(try stances("Lo sentimos, no cubrimos los gastos de aduana.", "es-ES")).isEmpty)
        // "Not only", and a verb that is no service.
        #expect(try stances("Wir erstatten nicht nur den Kaufpreis, sondern auch den Versand.", "de-DE").isEmpty)
        #expect(try stances("Nous ne remboursons pas seulement l'article : les frais de port aussi.", "fr-FR").isEmpty)
        #expect(try stances("We don't charge for returns.", "en-US").isEmpty)
    }

    @Test func handleItYourselfIsDeflection() throws {
        #expect(!(try stances("Falls die Post etwas verlangt, müssen Sie das selbst klären.", "de-CH")).isEmpty)
        #expect(!(try stances("We don't pay customs, you must handle this yourself.", "en-US")).isEmpty)
        #expect(!(try stances("請自行聯絡廠方跟進。", "zh-HK")).isEmpty)
        // The customer need not do it.
        #expect(try stances("You don't need to contact the courier yourself: we will.", "en-GB").isEmpty)
        #expect(try stances("Sie müssen nichts selbst klären, wir kümmern uns darum.", "de-DE").isEmpty)
        #expect(try stances("您无需自行联系快递，我们会处理。", "zh-CN").isEmpty)
    }

    @Test func theCarriersFaultNotOursIsBlameShift() throws {
        #expect(!(try stances("The package shows delivered, so that's not on us.", "en-US")).isEmpty)
        #expect(!(try stances("Delays with Royal Mail aren't down to us.", "en-GB")).isEmpty)
        #expect(!(try stances("Delivery delays are on Canada Post, not us.", "en-CA")).isEmpty)
        #expect(!(try stances("Ce n'est donc plus de notre ressort.", "fr-FR")).isEmpty)
    }

    @Test func resellItInsteadOfARemedyAndRefusalsInChineseAndJapanese() throws {
        #expect(!(try stances("Si no le gusta, puede venderlo de segunda mano.", "es-ES")).isEmpty)
        #expect(!(try stances("تقدر تبيعه أونلاين إذا ما عجبك.", "ar-AE")).isEmpty)
        #expect(!(try stances("L码已经卖完了，不会再补货。", "zh-CN")).isEmpty)
        #expect(!(try stances("色違いでの返品は受け付けてないんで、ごめんね。", "ja-JP")).isEmpty)
        // An offer, and a condition on the customer's side.
        #expect(try stances("Puede devolverlo en 14 días.", "es-ES").isEmpty)
        #expect(try stances("如果您不提供地址，我们会再联系您。", "zh-CN").isEmpty)
        #expect(try stances("ご注文は受け付けております。", "ja-JP").isEmpty)
    }
}
