import Foundation
import Testing
import Yams
@testable import TactfulLint
import TactfulData

/// The reply's language: by script, by Chinese script variant, and by function words for Latin script.
@Suite struct LanguageDetectorTests {
    @Test(arguments: [
        ("Vielen Dank für Ihre Nachricht. Ihr Paket ist unterwegs und kommt am Freitag an.", "de"),
        ("Merci pour votre message. Votre colis est en route et arrivera vendredi.", "fr"),
        ("Hola, gracias por su mensaje. Su pedido ya salió y llegará el viernes.", "es"),
        ("Olá, obrigado pela sua mensagem. O seu pedido já saiu e chega na sexta-feira.", "pt"),
        ("Grazie per il suo messaggio. Il pacco è in viaggio e arriverà venerdì.", "it"),
        ("Bedankt voor uw bericht. Uw pakket is onderweg en wordt vrijdag bezorgd.", "nl"),
        ("Dziękujemy za wiadomość. Paczka jest w drodze i zostanie dostarczona w piątek.", "pl"),
        ("Terima kasih atas pesan Anda. Pesanan sudah dikirim dan akan tiba hari Jumat.", "id"),
        ("Thanks for your message. Your parcel is on its way and will arrive on Friday.", "en"),
        ("ご注文ありがとうございます。商品は本日発送いたしました。", "ja"),
        ("주문해 주셔서 감사합니다. 상품은 오늘 발송되었습니다.", "ko"),
        ("ขอบคุณสำหรับคำสั่งซื้อค่ะ สินค้าจัดส่งแล้ววันนี้", "th"),
        ("شكرًا لتواصلك معنا. تم شحن طلبك اليوم.", "ar"),
        ("您好，感谢您的耐心等待，您的订单已经发货。", "zh-Hans"),
        ("您好，感謝您的耐心等候，您的訂單已經出貨。", "zh-Hant"),
    ])
    func detects(text: String, language: String) {
        #expect(LanguageDetector.detect(text)?.language == language)
    }

    @Test func tooShortOrTooMixedIsUnknown() {
        #expect(LanguageDetector.detect("OK!") == nil)
        #expect(LanguageDetector.detect("Order 12345, SKU AB-77, DHL 1Z999") == nil)
        #expect(LanguageDetector.detect("謝謝") == nil)
    }

    @Test func quotedCustomerTextDoesNotCount() {
        let reply =
            "Vielen Dank für Ihre Nachricht, wir haben Ihr Paket heute versendet.\n\n> Where is my order? It has been two weeks and I need it now."
        #expect(LanguageDetector.replyLanguage(reply) == "de")
    }

    @Test func noFunctionWordBelongsToTwoLanguages() throws {
        let text = try #require(BuiltInData.text(at: "Glossaries/language/function-words.yml"))
        let table = try #require(try Yams.load(yaml: text) as? [String: Any])
        var owners: [String: [String]] = [:]
        for (language, words) in table {
            for word in try #require(words as? [Any]) {
                let word = try #require(word as? String, "\(language): \(word) is not a string (quote YAML booleans)")
                owners[word.lowercased(), default: []].append(language)
            }
        }
        #expect(owners.filter { $0.value.count > 1 }.isEmpty)
    }

    @Test func aParagraphInAnotherLanguageIsOneFinding() throws {
        let text =
            "Olá Ana,\n\nHola, gracias por su mensaje. Su pedido ya salió del almacén y llegará el viernes por la tarde.\nEl número de seguimiento está en su cuenta, y también se lo enviamos por correo.\n\nAbraços,\nEquipe"
        let findings = try builtInFindings(text, "pt-BR") { $0.rule == "root.vocabulary.language" }
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .warning)
        #expect(findings.first?.message.contains("Spanish") == true)
        // English to a market of another language is advice only.
        let english = try builtInFindings(
            "Thanks for your message. Your parcel is on its way and will arrive on Friday.", "ja-JP"
        ) {
            $0.rule == "root.vocabulary.language"
        }
        #expect(english.map(\.severity) == [.info])
        #expect(
            try builtInFindings(
                "Olá, obrigado pela sua mensagem. O seu pedido já saiu e chega na sexta-feira.", "pt-BR"
            ) {
                $0.rule == "root.vocabulary.language"
            }.isEmpty)
    }

    @Test func theJSONReportCarriesTheLanguage() throws {
        let result = LintReport.FileResult(
            path: "-", market: "de-DE", channel: .email, findings: [],
            text: "Vielen Dank für Ihre Nachricht. Ihr Paket ist unterwegs und kommt am Freitag an.")
        let json = String(decoding: try JSONEncoder().encode(result), as: UTF8.self)
        #expect(json.contains("\"language\":\"de\""))
    }
}
