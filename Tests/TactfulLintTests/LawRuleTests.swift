import Foundation
import Testing
@testable import TactfulLint
import TactfulData
import TactfulICU
import TactfulLawCues

/// Statements against the customer's consumer law, judged with the market's law file, and the near-misses that stay
/// clean.
@Suite struct LawRuleTests {
    func law(_ text: String, _ tag: String) throws -> [String] {
        try builtInFindings(text, tag) { $0.rule == "root.legal.law" }.map(\.match)
    }

    static let markets = [
        "ar-AE", "ar-SA", "de-AT", "de-CH", "de-DE", "en-AU", "en-CA", "en-GB", "en-IN", "en-SG", "en-US",
        "es-ES", "es-MX", "fr-CA", "fr-FR", "id-ID", "it-IT", "ja-JP", "ko-KR", "nl-NL", "pl-PL", "pt-BR",
        "pt-PT", "th-TH", "zh-CN", "zh-HK", "zh-TW",
    ]

    @Test(arguments: markets)
    func everyMarketHasAReadableLawFile(market: String) throws {
        let path = "Glossaries/law/\(market).yml"
        let text = try #require(BuiltInData.text(at: path))
        let table = try LawTable.read(text, path: path)
        #expect(table.market == market)
        #expect(!table.unlawful.isEmpty, "every market's law forbids some exclusion")
        #expect(table.unlawful.values.allSatisfy { !$0.isEmpty })
    }

    @Test func theCuesCoverEveryPackLanguage() throws {
        let cues = try #require(LawCues.builtIn)
        let texts = Set(cues.words.map(\.text))
        for sample in ["Rückgabe", "devolución", "退货", "반품", "返品", "zwrot", "الاسترجاع", "คืนสินค้า"] {
            #expect(texts.contains(sample), "\(sample)")
        }
    }

    @Test(arguments: [
        ("Rückgaben sind nur innerhalb von 7 Tagen möglich.", "de-DE", "Rückgaben sind nur innerhalb von 7 Tagen"),
        ("Solo aceptamos devoluciones en los 7 días siguientes a la entrega.", "es-ES", "devoluciones en los 7 días"),
        (
            "Zwroty przyjmujemy tylko w ciągu 7 dni od dostarczenia paczki.", "pl-PL",
            "Zwroty przyjmujemy tylko w ciągu 7 dni"
        ),
        ("O reembolso será feito no prazo de 60 dias.", "pt-PT", "reembolso será feito no prazo de 60 dias"),
        (
            "Because you removed the back cover to change the battery, the warranty is void.", "en-US",
            "removed the back cover to change the battery, the warranty is void"
        ),
        ("拆封後就不能退貨。", "zh-TW", "拆封後就不能退"),
        (
            // The refusal's clause names the sale items, so the finding starts where it does.
            "Los artículos rebajados no admiten devolución, aunque sean defectuosos.", "es-ES",
            "Los artículos rebajados no admiten devolución, aunque sean defectuosos"
        ),
    ])
    func contradictsTheLaw(text: String, tag: String, match: String) throws {
        #expect(try law(text, tag) == [match])
    }

    @Test func theMessageNamesTheRegionTheMinimumAndTheStatute() throws {
        let found = try builtInFindings("Returns are accepted within 7 days of delivery.", "en-GB") {
            $0.rule == "root.legal.law"
        }
        let message = try #require(found.first?.message)
        #expect(
            message.contains("United Kingdom") && message.contains("14 days") && message.contains("CCR 2013 reg. 29"))
    }

    @Test func noRefundsOnSaleItemsWhereTheLawGivesNoWithdrawalMisstatesTheRemedyForAFault() throws {
        let found = try builtInFindings("Sale items are not covered for refunds or repairs.", "en-AU") {
            $0.rule == "root.legal.law"
        }
        let message = try #require(found.first?.message)
        #expect(message.contains("remedy for a fault") && !message.contains("withdrawal"))
        // Australia gives no change-of-mind return: refusing one on sale items is lawful.
        #expect(try law("Sale items can't be refunded if you simply change your mind.", "en-AU").isEmpty)
        #expect(try law("Produkty z promocji nie podlegają zwrotowi.", "pl-PL").count == 1)
    }

    @Test func aGiftCardExpiryWhereTheLawForbidsOne() throws {
        #expect(try law("Please note the gift card will expire after 60 days.", "en-CA").count == 1)
        #expect(try law("La carte-cadeau expirera dans 6 mois.", "fr-CA").count == 1)
        #expect(try law("Our gift cards never expire.", "en-CA").isEmpty)
        #expect(try law("Les cartes-cadeaux n'expirent pas.", "fr-CA").isEmpty)
        // The US allows an expiry of five years or more (12 CFR 1005.20): no exclusion is listed there.
        #expect(try law("The gift card will expire after 60 days.", "en-US").isEmpty)
    }

    @Test func aFaultSaidASentenceBeforeCarriesToTheReturnCost() throws {
        #expect(
            try law(
                "Votre casque est défectueux. Nous allons l'examiner. Les frais de retour (12,50 €) restent à votre charge.",
                "fr-FR") == ["frais de retour (12,50 €) restent à votre charge"])
        // Three sentences on, or with no fault at all, the cost is an unwanted return's: lawful.
        #expect(
            try law(
                "Votre casque est défectueux. Un. Deux. Les frais de retour (12,50 €) restent à votre charge.", "fr-FR"
            ).isEmpty)
        #expect(try law("Return postage is at your own cost for unwanted items.", "en-GB").isEmpty)
        // The fault carries to the cost and to nothing else.
        #expect(try law("The box arrived damaged. Gift cards are non-refundable.", "en-GB").isEmpty)
    }

    @Test func returnShippingOnAWithdrawalWhereWithdrawingCostsNothing() throws {
        #expect(try law("退貨運費新台幣 120 元須由您自行負擔。", "zh-TW").count == 1)
        #expect(try law("O frete da devolução por arrependimento é por sua conta.", "pt-BR").count == 1)
        // In the EU the consumer may bear the direct cost of returning after a withdrawal.
        #expect(try law("Return postage is at your own cost for unwanted items.", "en-GB").isEmpty)
        // A return named the sentence before carries to the cost.
        #expect(try law("拆封後就不能退貨喔。如果一定要退，需要您自己負擔來回運費150元。", "zh-TW").count >= 1)
    }

    @Test func aGuaranteeClaimIsAFaultClaimAndStoreCreditAloneRefusesTheRemedy() throws {
        // The statutory guarantee two sentences before makes the shipping cost a faulty item's; a maker's own warranty not.
        #expect(
            try law(
                "Ihre Gewährleistung läuft noch. Wir prüfen das Gerät. Die Kosten für den Versand tragen Sie selbst.",
                "de-DE"
            ).count == 1)
        #expect(
            try law("Under the manufacturer's warranty, shipping to the service centre is at your cost.", "en-GB")
                .isEmpty)
        // Where the law lists a refusal for faulty goods but not store credit as such, credit-only for them is the refusal.
        #expect(try law("Defective products are refunded only as store credit.", "en-CA").count == 1)
        #expect(try law("Unwanted items are refunded as store credit.", "en-CA").isEmpty)
    }

    @Test func aVoucherInsteadOfMoneyIsStoreCreditOnly() throws {
        #expect(try law("Wij bieden u in plaats daarvan een tegoedbon aan.", "nl-NL").count == 1)
        #expect(
            try law(
                "Den Betrag schreiben wir Ihnen als Gutschein gut, eine Auszahlung ist bei uns nicht vorgesehen.",
                "de-DE"
            ).count == 1)
        // The customer's choice stays clean.
        #expect(try law("Wenn Sie möchten, erhalten Sie statt einer Erstattung gern einen Gutschein.", "de-DE").isEmpty)
    }

    @Test func sendingAFaultToTheManufacturerRefusesTheSellersLiability() throws {
        #expect(
            try law(
                "After 30 days we are only the seller, so you have to contact the manufacturer directly for any fault.",
                "en-GB"
            )
            .count == 1)
        #expect(try law("Für den Defekt wenden Sie sich bitte direkt an den Hersteller.", "de-DE").count == 1)
        #expect(try law("商品有质量问题请联系厂家。", "zh-CN").count == 1)
        #expect(try law("商品有质量问题请联系厂家。", "en-US").isEmpty)  // no such entry in the US table
        // Not sent anywhere: "without you having to contact the manufacturer".
        #expect(
            try law(
                "Il prodotto è difettoso: ce ne occupiamo noi, senza che Lei debba contattare il produttore.", "it-IT"
            ).isEmpty)
        #expect(
            try law("The item is faulty and we can't repair it, so you must contact the manufacturer.", "en-GB")
                .count == 1)
        // The customer's choice: store credit if they prefer is lawful.
        #expect(try law("Een tegoedbon mag ook, maar alleen als u dat liever heeft.", "nl-NL").isEmpty)
        // No fault or statutory claim: a question for the maker, and the maker's own warranty.
        #expect(try law("For questions about the app, please contact the manufacturer.", "en-GB").isEmpty)
        #expect(
            try law("Under the manufacturer's warranty you can also contact the manufacturer directly.", "en-GB")
                .isEmpty)
    }

    @Test func aCommercialGuaranteeIsNamedInTheMarketsLanguage() throws {
        // German "Garantie" is the maker's own guarantee; Dutch and French "garantie" the statutory one.
        #expect(try law("Op onze elektronica geldt een garantie van 6 maanden.", "nl-NL").count == 1)
        #expect(try law("La garantie de nos produits est de 6 mois.", "fr-FR").count == 1)
        #expect(try law("Op onze elektronica geldt een garantie van 2 jaar.", "nl-NL").isEmpty)
        #expect(try law("Die Garantie beträgt 6 Monate.", "de-DE").isEmpty)
    }

    @Test func aRefusalOfEveryReturnAfterReceiptRefusesTheWholeRight() throws {
        // Saudi Arabia's 7-day right runs from receipt: no return "after receipt" refuses all of it.
        #expect(try law("لا يمكن إرجاع أي منتج بعد استلامه.", "ar-SA").count == 1)
        #expect(try law("جميع المبيعات نهائية ولا نقبل الإرجاع بعد الاستلام.", "ar-SA").count == 1)
        #expect(try law("لا يمكن إرجاع المنتج بعد استلامه بيومين.", "ar-SA").count == 1)
        // A stated window at least as long as the law's is no blanket refusal.
        #expect(try law("لا يمكن إرجاع المنتج بعد 10 أيام بعد الاستلام.", "ar-SA").isEmpty)
        #expect(try law("لا يمكن إرجاع المنتج بعد استلامه بـ 7 أيام.", "ar-SA").isEmpty)
        #expect(try law("يمكنك إرجاع المنتج خلال سبعة أيام بعد الاستلام.", "ar-SA").isEmpty)
        // "Under any circumstances" leaves out faulty goods too, whatever window it states.
        #expect(try law("We do not accept returns after 30 days under any circumstances.", "en-GB").count == 1)
    }

    @Test func mexicosGuaranteeLastsAtLeastSixtyDays() throws {
        // LFPC art. 77: a warranty may not run for less than sixty days from delivery.
        #expect(try law("Todos nuestros productos tienen garantía de 30 días.", "es-MX").count == 1)
        #expect(try law("Nuestros productos solo tienen 15 días de garantía.", "es-MX").count == 1)
        #expect(try law("Tu producto tiene garantía de 60 días.", "es-MX").isEmpty)
        #expect(try law("La garantía es de 3 meses a partir de la entrega.", "es-MX").isEmpty)
        #expect(try law("El reembolso tarda 30 días en reflejarse.", "es-MX").isEmpty)
    }

    @Test func beforeTheNumberInKoreanTheWordNamesTheWindowsStart() throws {
        // "수령 후 3일 이내": within 3 days of receipt — a 3-day window, short of the 7-day minimum.
        #expect(try law("당사 규정상 반품 가능 기간(수령 후 3일 이내)이 지났습니다.", "ko-KR").count == 1)
        #expect(try law("상품 수령 후 7일 이내에 반품 신청이 가능합니다.", "ko-KR").isEmpty)
    }

    /// "One" before a month or a year states a period ("un año"); before a day it does not ("un día de estos").
    @Test func oneInWordsBeforeAYearIsAPeriod() throws {
        #expect(
            try law("Le recordamos que la garantía es de un año desde la compra.", "es-ES") == ["garantía es de un año"]
        )
        #expect(try law("Le recordamos que la garantía es de tres años desde la compra.", "es-ES").isEmpty)
        #expect(try law("Puede devolverlo en un día de estos, el plazo es de 14 días.", "es-ES").isEmpty)
    }

    @Test func nearMissesStayClean() throws {
        #expect(try law("Sie können die Ware innerhalb von 30 Tagen zurückgeben.", "de-DE").isEmpty)
        #expect(try law("Die Erstattung erfolgt innerhalb von 5 Tagen.", "de-DE").isEmpty)
        #expect(try law("If the item is faulty, we will replace it free of charge.", "en-GB").isEmpty)
        #expect(try law("Sealed hygiene items can't be returned once opened.", "en-GB").isEmpty)
        #expect(try law("Alleen geopende cosmetica met verbroken hygiënezegel nemen we niet retour.", "nl-NL").isEmpty)
        // The item's age, not a guarantee's length.
        #expect(try law("Vous l'avez reçu il y a 11 mois, il est donc couvert par la garantie.", "fr-FR").isEmpty)
        // A refund the customer is entitled to, not a refund deadline.
        #expect(try law("As it's within 30 days, you're entitled to a full refund.", "en-GB").isEmpty)
        // A date, not a period: "shipping on the 24th (Mon)".
        #expect(try law("24일(월)까지 발송 예정이며, 원하지 않으시면 전액 환불해 드립니다.", "ko-KR").isEmpty)
        // Japan's 8 days give way to a displayed return policy: not a floor.
        #expect(try law("返品は商品到着後3日以内にご連絡ください。", "ja-JP").isEmpty)
        // No statutory withdrawal right for online sales in the US.
        #expect(try law("Returns are accepted within 7 days of delivery.", "en-US").isEmpty)
    }

    @Test func aRefusalThatLeavesNoGoodsOutRefusesFaultyOnesToo() throws {
        // Any wording of the refusal counts beside "in any case" / "once sold".
        #expect(try law("We don't accept returns under any circumstances.", "en-GB").count == 1)
        #expect(try law("Barang yang sudah dibeli tidak bisa dikembalikan.", "id-ID").count == 1)
        #expect(try law("貨品一經售出，概不退換。", "zh-HK").count == 1)
        #expect(try law("สินค้าทุกชิ้นไม่รับคืนทุกกรณีนะคะ", "th-TH").count == 1)
        // An offer with the same words, and a blanket word without a refusal, stay clean.
        #expect(try law("In any case, we will refund you in full.", "en-GB").isEmpty)
        #expect(try law("Barang yang sudah dibeli bisa dikembalikan dalam 7 hari.", "id-ID").isEmpty)
    }

    @Test func aReturnForChangeOfMindIsTheStatutoryWithdrawal() throws {
        #expect(try law("단순 변심으로 인한 반품은 안 됩니다.", "ko-KR").count == 1)
        #expect(try law("Bij van gedachten veranderd nemen wij geen retouren aan.", "nl-NL").count == 1)
        // No withdrawal right in the US; the reason word's own negation (无 in 七天无理由) is no refusal.
        #expect(try law("Returns for a change of mind aren't accepted.", "en-US").isEmpty)
        #expect(try law("您购买的商品支持七天无理由退货，无需说明原因。", "zh-CN").isEmpty)
        #expect(try law("If you change your mind, you can return it within 14 days.", "en-GB").isEmpty)
        // Goods said to be fine are returned for no fault: refusing the return refuses the withdrawal; refusing the
        // return postage on it does not (the consumer bears the direct cost of returning).
        #expect(try law("Items that are not faulty cannot be returned.", "en-GB").count == 1)
        // The right's own wording, "without giving any reason", is no refusal; refusing such a return is.
        let statutory = "Ungeöffnete Ware können Sie innerhalb von 14 Tagen ohne Angabe von Gründen zurückschicken."
        #expect(try law(statutory, "de-DE").isEmpty)
        #expect(try law("Returns without giving a reason are not accepted.", "en-GB").count == 1)
        #expect(try law("We can't refund the £4.95 return postage, as the item wasn't faulty.", "en-GB").isEmpty)
        // The negation of "not faulty" belongs to the change of mind: the return stays granted.
        #expect(try law("You can return it within 14 days even if it isn't faulty.", "en-GB").isEmpty)
        #expect(try law("Ook zonder defect kunt u een product binnen 14 dagen retourneren.", "nl-NL").isEmpty)
        #expect(try law("Sie können den Artikel auch ohne Defekt innerhalb von 14 Tagen zurückgeben.", "de-DE").isEmpty)
    }

    @Test func aLateOrderMayBeCancelled() throws {
        #expect(try law("Orders can't be cancelled, even if the delivery is delayed.", "en-US").count == 1)
        #expect(try law("Die Bestellung kann trotz Verspätung nicht storniert werden.", "de-DE").count == 1)
        // Not late, or no refusal: clean.
        #expect(try law("Orders can't be cancelled once they have shipped.", "en-US").isEmpty)
        #expect(try law("Your order is delayed; if you prefer, we can cancel it and refund you.", "en-US").isEmpty)
    }

    @Test func aThresholdCountsOnlyBesideARefusal() throws {
        #expect(
            try law("After 30 days, please contact the manufacturer for repairs under its warranty.", "en-GB").isEmpty)
        #expect(!(try law("상품 받으신 지 5일 지났으니 반품은 어렵습니다.", "ko-KR")).isEmpty)
    }

    @Test func businessDaysAreCountedAsTheLongestCalendarSpan() {
        #expect(LawTable.Minimum(value: 3, source: "", businessDays: true).longestInCalendarDays == 5)
        #expect(LawTable.Minimum(value: 10, source: "", businessDays: true).longestInCalendarDays == 14)
        #expect(LawTable.Minimum(value: 14, source: "").longestInCalendarDays == 14)
    }

    @Test func numbersBeforeADurationInEveryScript() {
        func number(_ text: String, _ unit: String) -> Int? {
            let utf16 = Array(text.utf16)
            let offset = (text as NSString).range(of: unit).location
            return PeriodReader.number(before: offset, in: utf16)?.value
        }
        #expect(number("within 14 days", "days") == 14)
        #expect(number("a 14-day return", "day") == 14)
        #expect(number("７日以内", "日") == 7)
        #expect(number("خلال ١٤ يوم", "يوم") == 14)
        #expect(number("version A14 days", "days") == nil)
        #expect(number("within days", "days") == nil)
    }

    @Test func periodsWrittenInWordsAreReadWithICUsSpellout() throws {
        #expect(
            try law("Leider beträgt unsere Gewährleistung nur sechs Monate ab Kaufdatum.", "de-DE") == [
                "Gewährleistung nur sechs Monate"
            ])
        #expect(!(try law("Sie können die Ware innerhalb von sieben Tagen zurückgeben.", "de-DE")).isEmpty)
        #expect(try law("Sie können die Ware innerhalb von vierzehn Tagen zurückgeben.", "de-DE").isEmpty)
        #expect(try law("Todos nuestros productos tienen tres años de garantía.", "es-ES").isEmpty)
        // The goods' age is no window, in words or in digits.
        #expect(
            try law("Sobre a devolução da mala que recebeu há três dias: enviamos a etiqueta hoje.", "pt-PT").isEmpty)
        #expect(try law("You received the parcel 3 days ago, so the return is no problem at all.", "en-GB").isEmpty)
    }

    /// Every number in words of the language is found (through its group of numbers starting alike) before a
    /// duration, with its value.
    @Test(arguments: ["en", "de", "fr", "es", "it", "nl", "pl", "pt", "id"])
    func everyNumberInWordsIsRead(_ language: String) throws {
        let reader = PeriodReaders.builtIn.reader(for: language)
        let numbers = PeriodReader.spelledNumbers(try ICU.LocaleID(tag: language)).filter { $0.words.count >= 2 }
        #expect(numbers.count > 50)
        for number in numbers {
            let text = Array("within \(number.words.lowercased()) days".utf16)
            let periods = reader.periods(in: 0..<text.count, of: text)
            #expect(periods.map(\.days) == [number.value], "\(language): \(number.words)")
        }
    }

    /// Readers are kept per set of durations, not per language alone: readers over other durations, asked first or
    /// last, neither lend theirs to the built-in cues' nor take theirs.
    @Test func readersOfOtherDurationsAreKeptApart() {
        let text = Array("We refund within 3 zorps or 7 days.".utf16)
        let own = PeriodReaders(durations: ["zorps": "week"])
        #expect(own.reader(for: "en").periods(in: 0..<text.count, of: text).map(\.days) == [21, 7])
        #expect(PeriodReaders.builtIn.reader(for: "en").periods(in: 0..<text.count, of: text).map(\.days) == [7])
        let none = PeriodReaders(durations: [:]).reader(for: "pl")
        #expect(none.periods(in: 0..<text.count, of: text).map(\.days) == [7])
        let polish = Array("Zwrot w ciągu 7 dni.".utf16)
        #expect(PeriodReaders.builtIn.reader(for: "pl").periods(in: 0..<polish.count, of: polish).map(\.days) == [7])
    }

    @Test func numbersInWordsThatStartAlikeAreToldApart() {
        let text = Array("Within fourteen days, four weeks, forty days, two years or twenty-one days; thirty.".utf16)
        let periods = PeriodReaders.builtIn.reader(for: "en").periods(in: 0..<text.count, of: text)
        #expect(periods.map(\.days) == [14, 28, 40, 730, 21])
        #expect(periods.map { String(decoding: text[$0.range], as: UTF16.self) }.first == "fourteen days")
    }

    @Test func aShortGuaranteeIsAFindingUnlessItIsTheMakersOwn() throws {
        #expect(!(try law("Nos produits audio sont garantis 6 mois.", "fr-FR")).isEmpty)
        #expect(!(try law("A garantia dos nossos equipamentos é de 2 anos.", "pt-PT")).isEmpty)
        #expect(!(try law("I nostri piccoli elettrodomestici sono coperti da garanzia per 12 mesi.", "it-IT")).isEmpty)
        #expect(!(try law("Reklamacje przyjmujemy tylko przez 12 miesięcy od zakupu.", "pl-PL")).isEmpty)
        // A maker's or shop's own guarantee beside the statutory one, and German "Garantie" (not "Gewährleistung").
        #expect(
            try law(
                "En plus de la garantie légale de conformité de 2 ans, la garantie commerciale couvre 6 mois.", "fr-FR"
            ).isEmpty)
        #expect(
            try law("Zusätzlich zur gesetzlichen Gewährleistung gewähren wir 12 Monate Herstellergarantie.", "de-DE")
                .isEmpty)
        #expect(try law("Wir geben 12 Monate Garantie auf alle Geräte.", "de-DE").isEmpty)
        // A complaint answered within 14 days is a deadline, not the guarantee's length.
        #expect(try law("Pani reklamację rozpatrzymy w ciągu 14 dni.", "pl-PL").isEmpty)
        // Markets without a statutory guarantee length.
        #expect(try law("All our products come with a 12-month warranty.", "en-GB").isEmpty)
    }
}
