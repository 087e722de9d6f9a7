import Foundation
import Testing
@testable import TactfulLint
import TactfulData
import TactfulRequests
import TactfulYAML

/// Requests for data no reply may ask for, in many languages, and the near-misses that stay clean.
@Suite struct RequestRuleTests {
    func requests(_ text: String, _ tag: String) throws -> [String] {
        try builtInFindings(text, tag) { $0.rule == "root.privacy.request" }.map(\.match)
    }

    @Test(arguments: [
        ("Please send us the CVV on the back of your card.", "en-US", ["CVV"]),
        ("Kak, tolong kirim kode OTP yang barusan masuk ke HP Kakak ya.", "id-ID", ["kode OTP"]),
        ("請提供您的會員登入密碼和身分證字號，以便我們核對。", "zh-TW", ["登入密碼", "身分證字號"]),
        ("주민등록번호 13자리와 신분증 앞면 사진을 보내 주세요.", "ko-KR", ["주민등록번호"]),
        (
            "Bitte senden Sie uns die vollständige Kartennummer und den CVV-Code.", "de-DE",
            ["vollständige Kartennummer", "CVV-Code"]
        ),
        ("マイナンバーカードの表と裏の写真をお送りください。", "ja-JP", ["マイナンバーカード"]),
        ("Quick one: what's your National Insurance number?", "en-GB", ["National Insurance number"]),
        (
            "You'll get a one-time code by SMS, just pop it in the chat here.", "en-AU",
            ["one-time code by SMS, just pop it"]
        ),
        ("sup! your payment didn't go through. type your long card number here", "en-GB", ["long card number"]),
        ("Para procesarlo, mándenos por favor el número de la tarjeta.", "es-MX", ["número de la tarjeta"]),
        ("To register the warranty we just need your date of birth and your SIN.", "en-CA", ["your SIN"]),
        ("Envoie-moi le code que tu viens de recevoir par SMS.", "fr-FR", ["code que tu viens de recevoir"]),
        ("Untuk membayar bea masuk, balas SMS ini dengan nomor kartu kredit lengkap.", "id-ID", ["nomor kartu kredit"]),
        (
            "Schicken Sie uns bitte ein Foto Ihrer Kreditkarte, Vorder- und Rückseite.", "de-DE",
            ["Foto Ihrer Kreditkarte"]
        ),
        ("请回复您的身份证号码以便我们核实。", "zh-CN", ["身份证号码"]),
        ("請附上您香港身份證正反面的相片。", "zh-HK", ["身份證"]),
        ("Kindly share the UPI PIN once you receive the collect request.", "en-IN", ["UPI PIN"]),
        ("請提供你的信用卡號碼。", "zh-HK", ["信用卡號碼"]),
        // Requests in the forms of "need", "enter", "write" and the request markers of ja/ko/zh/ar.
        ("Per verificare ci serve il numero della carta e il codice CVV.", "it-IT", ["numero della carta", "CVV"]),
        (
            "To verify your identity, please enter your Social Insurance Number below.", "en-CA",
            ["Social Insurance Number"]
        ),
        (
            "Schreiben Sie mir bitte die vollständige Kartennummer hier in den Chat.", "de-DE",
            ["vollständige Kartennummer"]
        ),
        ("確認のため、カード番号16桁をご返信ください。", "ja-JP", ["カード番号16桁"]),
        ("الرجاء إرسال رمز OTP الذي وصلك الآن", "ar-AE", ["OTP"]),
        // An Arabic noun with the possessive suffix ("your ID number").
        ("اكتب رقم هويتك الوطنية هنا", "ar-SA", ["رقم هويتك"]),
        // A negation after the request is about something else.
        (
            "Para revisar su cuenta, pásame tu contraseña y miro por qué no se procesa el pago.", "es-ES",
            ["contraseña"]
        ),
        (
            "Please send me your full card number so I can check why it did not go through.", "en-US",
            ["full card number"]
        ),
    ])
    func asksForSensitiveData(text: String, tag: String, expected: [String]) throws {
        #expect(try requests(text, tag) == expected)
    }

    /// A payment card and a word that exposes all of it, a few words apart in either order, are one noun.
    @Test(arguments: [
        ("Pour vérifier, envoyez-nous une copie recto verso de votre carte bancaire.", "fr-FR"),
        ("Mandaci una foto della tua carta di credito, fronte e retro.", "it-IT"),
        ("Schick uns bitte ein Foto deiner Kreditkarte (Vorder- und Rückseite).", "de-CH"),
        ("กรุณาส่งรูปถ่ายบัตรเครดิตทั้งด้านหน้าและด้านหลังมาให้เราด้วยค่ะ", "th-TH"),
    ])
    func aCardWithAWordThatExposesItIsARequest(text: String, tag: String) throws {
        #expect(try requests(text, tag).count == 1)
    }

    /// Thai writes no stops: a space between Thai letters ends a clause, so "payment not successful" does not clear
    /// the request after it.
    @Test func aThaiNegationInAnEarlierClauseDoesNotClearTheRequest() throws {
        let text = "ร้าน MiniHome: การชำระเงินไม่สำเร็จ กรุณาตอบกลับด้วยเลขบัตรประชาชน 13 หลัก"
        #expect(try requests(text, "th-TH").count == 1)
        #expect(try requests("กรุณาอย่าส่งเลขบัตรประชาชนให้เรา", "th-TH").isEmpty)
        #expect(try requests("LojaTop: responda esta mensagem com o número do cartão e a senha.", "pt-BR").count == 2)
    }

    /// A list item is asked for by the line ending in a colon that introduces the list.
    @Test func aListIntroducedByARequestAsksForItsItems() throws {
        let text =
            "CARA KIRIM DATA:\n\nKirim dalam 5 baris seperti ini:\n\n1. Nama lengkap\n2. Nomor KTP\n3. Tanggal lahir"
        #expect(try requests(text, "id-ID") == ["KTP"])
        #expect(try requests("Please send us the following:\n- your order number\n- your CVV", "en-US") == ["CVV"])
        // A list after a line that asks for nothing, and a list item without a list introduction.
        #expect(try requests("What we store:\n- your order number\n- your CVV? Never.", "en-US").isEmpty)
        #expect(try requests("Please send us the order number.\n\n- CVV codes are never stored.", "en-US").isEmpty)
    }

    @Test func aCardWithoutAnExposingWordStaysClean() throws {
        #expect(try requests("Let us know once the full refund reaches your credit card.", "en-US").isEmpty)
        #expect(try requests("Please send a photo of your credit card statement.", "en-US").isEmpty)
        #expect(
            try requests("Envoyez-nous une photo du colis ; le remboursement ira sur votre carte bancaire.", "fr-FR")
                .isEmpty)
        #expect(
            try requests(
                "Mandaci una foto del pacco danneggiato e ti rimborseremo entro cinque giorni sulla carta di credito.",
                "it-IT"
            ).isEmpty)
    }

    @Test func bothSidesOfAnyCardExposeIt() throws {
        #expect(
            try requests("Please send us a photo of the front and back of your card.", "en-US")
                == ["front and back of your card"])
        #expect(try requests("Envie foto da frente e do verso do cartão, por favor.", "pt-BR").count == 1)
        #expect(try requests("请提供信用卡正反面照片。", "zh-CN").count == 1)
        // A warranty card is asked for to read its date; a photo of a box's sides exposes nothing.
        #expect(try requests("Please send a photo of the front and back of the warranty card.", "en-US").isEmpty)
        #expect(try requests("请提供保修卡正反面照片。", "zh-CN").isEmpty)
        #expect(try requests("Please send a photo of the damaged box from both sides.", "en-US").isEmpty)
    }

    @Test func theRequestedOccurrenceIsTheOneAfterTheCue() throws {
        let text = "Our team will send a 6-digit OTP to your phone, please also send us the OTP so we can finish."
        let found = try builtInFindings(text, "en-SG") { $0.rule == "root.privacy.request" }
        #expect(found.count == 1)
        #expect(found.first?.span.lowerBound == (text as NSString).range(of: "the OTP").location + 4)
    }

    @Test func theSecurityCodeDescribedByWhereItIsPrinted() throws {
        #expect(
            try requests("Just flick me the 3 digits on the back of your card.", "en-AU") == ["3 digits on the back"])
        #expect(try requests("Envoyez-nous les 3 chiffres au dos de votre carte.", "fr-FR") == ["3 chiffres au dos"])
        #expect(try requests("請告訴我們卡號、到期日跟背面末三碼。", "zh-TW").contains("背面末三碼"))
        // The last digits of the phone are what a convenience-store pickup asks for.
        #expect(try requests("取貨時請告知店員手機末三碼。", "zh-TW").isEmpty)
    }

    @Test func nearMissesStayClean() throws {
        #expect(try requests("We will never ask for your password or CVV.", "en-US").isEmpty)
        #expect(try requests("Please confirm the last four digits of your card number.", "en-US").isEmpty)
        #expect(try requests("Please send us your order number and a photo of the damaged item.", "en-US").isEmpty)
        #expect(try requests("Your password has been reset.", "en-US").isEmpty)
        #expect(try requests("Kindly share your address and confirm your PIN code.", "en-IN").isEmpty)
        #expect(try requests("Wir werden Sie niemals nach Ihrem Passwort fragen.", "de-DE").isEmpty)
        #expect(try requests("請提供訂單編號和商品照片。", "zh-TW").isEmpty)
        #expect(try requests("Please attach a photo of the damaged parcel and pop it in the chat.", "en-AU").isEmpty)
        #expect(try requests("What's your preferred delivery day?", "en-GB").isEmpty)
        #expect(try requests("Please do not send us your card number or CVV.", "en-US").isEmpty)
        #expect(try requests("Bitte senden Sie uns niemals Ihr Passwort.", "de-DE").isEmpty)
        // German, Dutch, Japanese and Korean put the negation after the verb and its object.
        #expect(try requests("Bitte senden Sie uns Ihre PIN oder Ihr Passwort nicht per E-Mail.", "de-DE").isEmpty)
        #expect(try requests("パスワードは送らないでください。", "ja-JP").isEmpty)
        #expect(
            try requests(
                "Wir fragen niemals nach PIN, TAN oder Passwort – bitte geben Sie diese Daten nur im Online-Banking ein.",
                "de-DE"
            ).isEmpty)
        #expect(try requests("Send us a photo of the gift card, please.", "en-US").isEmpty)
        // A card's data on the payment page, and an identity number for the customs declaration, are where they belong.
        #expect(try requests("Please enter your card number and CVV on our secure payment page.", "en-GB").isEmpty)
        #expect(try requests("跨境商品清关需要提供收件人身份证号码，这是海关的实名申报要求。", "zh-CN").isEmpty)
        #expect(try requests("Para a alfândega, informe o seu CPF no pedido.", "pt-BR").isEmpty)
        // The codice fiscale an Italian invoice must carry; a Cantonese "no need to give the full card number".
        #expect(
            try requests("Per emettere la fattura elettronica abbiamo bisogno del Suo codice fiscale.", "it-IT").isEmpty
        )
        #expect(try requests("只需要話我知信用卡最後4位數字就得，唔使提供完整卡號。", "zh-HK").isEmpty)
        // Taiwan counts a card's last digits in 碼.
        #expect(try requests("核對交易時只需提供卡號末四碼即可。", "zh-TW").isEmpty)
        // 唔該 is "please", not a negation: the request stands.
        #expect(try requests("唔該提供你嘅卡號。", "zh-HK").count == 1)
        // "nas" is Polish for "us", not the Canadian social insurance number.
        #expect(try requests("Prosimy o kontakt z nas w sprawie numeru zamówienia.", "pl-PL").isEmpty)
    }

    @Test func theDataFileReads() throws {
        let text = try #require(BuiltInData.text(at: "Glossaries/privacy/requests.yml"))
        let glossary = try RequestGlossary.read(text, path: "requests.yml")
        #expect(glossary.data.map(\.id).contains("card-security-code"))
        #expect(glossary.data.allSatisfy { $0.reason["en"] != nil && $0.reason["zh-Hans"] != nil })
        #expect(glossary.cues.count > 100)
        #expect(throws: PositionedError.self) {
            try RequestGlossary.read("data:\n  - id: x\n    colour: red\n", path: "bad.yml")
        }
    }
}
