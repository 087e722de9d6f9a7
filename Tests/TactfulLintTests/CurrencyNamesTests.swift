import TactfulConvert
import TactfulICU
import Testing

@testable import TactfulLint

/// Currencies named in the draft's language, from ICU's display names.
@Suite struct CurrencyNamesTests {
    func amounts(_ text: String, _ tag: String) throws -> [String] {
        try builtInFindings(text, tag) { $0.rule == "root.currency.format" }.map(\.match)
    }

    @Test func familyWordsComeFromTheLongNames() {
        #expect(CurrencyNames.table(languages: ["es"])["dólares"]?.contains("USD") == true)
        #expect(CurrencyNames.table(languages: ["de"])["dollar"]?.contains("CAD") == true)
        #expect(CurrencyNames.table(languages: ["ja"])["ドル"]?.contains("AUD") == true)
        #expect(CurrencyNames.table(languages: ["ms"])["RM"] == ["MYR"])
        // Thai writes the unit before the country, with no space: the unit is the name less ICU's name of China.
        #expect(CurrencyNames.table(languages: ["th"])["หยวน"] == ["CNY"])
    }

    /// The name table looks a draft's units up as they are, and makes a string only for capitals (or units from
    /// U+0300 on): the same names are found either way.
    @Test func nameTableFindsNamesAsWrittenOrInCapitals() throws {
        let table = CurrencyNameTable(["dólares": ["USD"], "euros": ["EUR"], "RM": ["MYR"]])
        func match(_ text: String, at offset: Int, forward: Bool = true) throws -> (Int, [String])? {
            let document = try Document(text: text, language: try ICU.LocaleID(tag: "es-ES"), pool: ICUPool())
            return table.match(document, at: offset, forward: forward)
        }
        #expect(try match("30 dólares", at: 3)?.1 == ["USD"])
        #expect(try match("30 Dólares", at: 3)?.0 == 7)
        #expect(try match("30 Euros", at: 3)?.1 == ["EUR"])
        #expect(try match("30 dólaresx", at: 3) == nil)
        #expect(try match("30 dólar", at: 3) == nil)
        #expect(try match("RM 45", at: 2, forward: false)?.1 == ["MYR"])
        // Short symbols only as written.
        #expect(try match("rm 45", at: 2, forward: false) == nil)
    }

    @Test(arguments: [
        ("El reembolso es de 30 dólares.", "es-ES", "30 dólares"),
        ("Das kostet 30 Dollar.", "de-DE", "30 Dollar"),
        ("返金額は30ドルです。", "ja-JP", "30ドル"),
        ("환불 금액은 30달러입니다.", "ko-KR", "30달러"),
        ("Refund RM 45.00 sudah dikirim.", "id-ID", "RM 45.00"),
        ("ราคา 199 หยวน ค่ะ", "th-TH", "199 หยวน"),
        // A code glued to a kana particle: no word boundary falls between USD and を.
        ("送料分として15 USDを返金いたします。", "ja-JP", "15 USD"),
        ("送料分としてUSD 15を返金いたします。", "ja-JP", "USD 15"),
    ])
    func aForeignCurrencyNamedInTheDraftsLanguage(text: String, tag: String, match: String) throws {
        #expect(try amounts(text, tag) == [match])
    }

    @Test func yuanCountsTheUnitsOfTheCurrencyNamedBeforeTheNumber() throws {
        // 元 after a number is the unit of the dollar-like currency named before it: HK dollars in Hong Kong.
        #expect(try amounts("退款港幣 368 元至原付款方式。", "zh-HK").isEmpty)
        #expect(try amounts("價值港幣1,280元。", "zh-HK").isEmpty)
        #expect(try amounts("退款人民幣250元。", "zh-HK") == ["人民幣250元"])
        // Taiwan writes NT dollars with 元, but not renminbi named before them.
        #expect(try amounts("退款新台幣368元。", "zh-TW").isEmpty)
        #expect(try amounts("退款人民幣368元。", "zh-TW") == ["人民幣368元"])
    }

    @Test func aSignOfSeveralForeignCurrenciesIsForeignEitherWay() throws {
        #expect(try amounts("Customs charged ¥150 for the parcel.", "en-SG") == ["¥150"])
        #expect(try amounts("退回運費¥30。", "zh-HK") == ["¥30"])
        #expect(try amounts("The refund of RM 120 has been sent.", "en-SG") == ["RM 120"])
        #expect(try amounts("退款¥30已到账。", "zh-CN").isEmpty)
    }

    @Test func aCodeOrTheRenminbisNameAfterAnAmountSaysWhichCurrencyItsSignMeans() throws {
        #expect(try amounts("The refund of $59.99 USD was issued.", "en-CA") == ["$59.99 USD"])
        #expect(try amounts("已退款200元人民幣。", "zh-TW") == ["200元人民幣"])
        #expect(try amounts("A fee of 180 RMB applies.", "en-US") == ["180 RMB"])
        #expect(try amounts("268위안을 환불해 드렸습니다.", "ko-KR") == ["268위안"])
        // The customer's own currency, a local amount beside it, or a tax after the amount.
        #expect(try amounts("It costs $25 CAD.", "en-CA").isEmpty)
        #expect(try amounts("It costs $25 USD (about CA$34).", "en-CA").isEmpty)
        #expect(try amounts("已退款200元。", "zh-TW").isEmpty)
        #expect(try amounts("L'importo sarà di 49,90 € IVA inclusa.", "it-IT").isEmpty)
    }

    @Test func theCustomersOwnCurrencyAndLookalikesStayClean() throws {
        #expect(try amounts("El reembolso es de 30 euros.", "es-ES").isEmpty)
        #expect(try amounts("Son 200 pesos.", "es-MX").isEmpty)
        #expect(try amounts("返金額は3000円です。", "ja-JP").isEmpty)
        // The yen sign half- or full-width: ICU writes JPY "￥" in Japanese, agents type "¥".
        #expect(try amounts("ご注文の商品（¥3,980・税込）につきまして。", "ja-JP").isEmpty)
        #expect(try amounts("ご注文の商品（￥3,980・税込）につきまして。", "ja-JP").isEmpty)
        #expect(try amounts("O reembolso é de 30 reais.", "pt-BR").isEmpty)
        // A short symbol only as written: an order code is not Swedish kronor.
        #expect(try amounts("주문번호 KR2406 확인했습니다.", "ko-KR").isEmpty)
        // With the local amount beside it, a foreign one is context.
        #expect(try amounts("Son 30 dólares (unos 27 euros).", "es-ES").isEmpty)
    }

    @Test func aCustomsThresholdInTheCurrencyTheLawSetsItIn() throws {
        #expect(try amounts("주문 금액이 150달러 이하라 관부가세는 따로 부과되지 않습니다.", "ko-KR").isEmpty)
        #expect(try amounts("Orders under USD 150 clear customs without duty.", "en-GB").isEmpty)
        // A fee in a foreign currency, or a price with no customs word, is still reported.
        #expect(try amounts("관부가세 30달러를 내셔야 합니다.", "ko-KR").count == 1)
        #expect(try amounts("주문 금액이 150달러 이하입니다.", "ko-KR").count == 1)
    }

    @Test func theCustomersOwnCurrencyInAnotherMarketsNotation() throws {
        #expect(try amounts("Total pembayaran Rp 250,000.00 sudah kami terima.", "id-ID") == ["Rp 250,000.00"])
        #expect(try amounts("O valor de R$1,299.00 foi estornado.", "pt-BR") == ["R$1,299.00"])
        #expect(try amounts("Total pembayaran Rp 250.000 sudah kami terima.", "id-ID").isEmpty)
        #expect(try amounts("O valor de R$ 1.299,00 foi estornado.", "pt-BR").isEmpty)
    }

    @Test func aSignAfterTheAmountOrBeforeOneDigit() throws {
        #expect(try amounts("El precio es 39.99$ con envío.", "es-ES") == ["39.99$"])
        #expect(try amounts("Des frais de 18 $ s'appliquent.", "fr-FR") == ["18 $"])
        #expect(try amounts("Voucher senilai $5 untuk Anda.", "id-ID") == ["$5"])
        // Québec writes its own dollar after the amount.
        #expect(try amounts("Le remboursement de 149,99 $ est en route.", "fr-CA").isEmpty)
    }

    @Test func arabicIndicDigits() throws {
        #expect(try amounts("السعر ٢٩٩ ريال فقط.", "ar-AE") == ["٢٩٩ ريال"])
        #expect(try amounts("السعر ٢٩٩ درهم فقط.", "ar-AE").isEmpty)
    }
}
