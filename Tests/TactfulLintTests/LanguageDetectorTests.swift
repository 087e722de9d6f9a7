import Foundation
import TactfulICU
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

    @Test func englishLeftInAReplyInTheCustomersLanguageIsAWarning() throws {
        func severities(_ text: String, _ market: String) throws -> [Severity] {
            try builtInFindings(text, market) { $0.rule == "root.vocabulary.language" }.map(\.severity)
        }
        // An untranslated template's paragraphs, around a placeholder and a link.
        let leftover =
            "مرحبا {firstname}،\n\nشكرا لك على طلبك ذو الرقم المرجعي {order_name} من متجرنا، وسنرسل لك رقم التتبع قريبا.\n\n"
            + "Unfortunately, one or more items are currently out of stock and this may cause a slight delay for delivery. "
            + "Please accept our apologies for this inconvenience and be sure we are doing our best to correct it.\n\n"
            + "If you have a guest account, you can follow your order via the [متابعة الضيوف]({guest_tracking_url}) section."
        #expect(try severities(leftover, "ar-SA") == [.warning])
        // A bilingual reply (the English version after the customer's, of about its length) stays advice.
        let bilingual =
            "您好，感謝您的查詢。您的訂單已於今日寄出，預計三個工作天內送達。如有任何問題，歡迎隨時聯絡我們。\n\n"
            + "Dear customer, thank you for your enquiry. Your order was shipped today and should arrive within three "
            + "working days. If you have any questions, please feel free to contact us."
        #expect(try severities(bilingual, "zh-HK") == [.info])
        // English between two paragraphs in Portuguese is left over, whatever its length.
        let between =
            "Olá Ana,\n\nobrigado pela sua mensagem. Já verificámos a sua encomenda e está tudo em ordem com o pagamento.\n\n"
            + "Please accept our apologies for this inconvenience and be sure we are doing our best to correct the "
            + "situation.\n\nO seu pedido já foi enviado pelos CTT e chega na sexta-feira à sua morada."
        #expect(try severities(between, "pt-PT") == [.warning])
    }

    @Test func anEnglishLineInAReplyInAnotherScriptIsLeftOver() throws {
        func findings(_ text: String, _ market: String) throws -> [Finding] {
            try builtInFindings(text, market) { $0.rule == "root.vocabulary.language" }
        }
        // Two English paragraphs in a row and an English sign-off line, around a reply in Japanese.
        let text =
            "お問い合わせいただきありがとうございます。ご注文の商品は本日発送いたしました。到着まで今しばらくお待ちください。\n\n"
            + "Please accept our apologies for this inconvenience and be sure we are doing our best to correct it.\n\n"
            + "If you have a guest account, you can follow your order via the tracking page in your account.\n\n"
            + "Your %{company.name} Team,"
        let found = try findings(text, "ja-JP")
        #expect(found.map(\.severity) == [.warning, .warning])
        #expect(found.last?.match == "Your %{company.name} Team,")
        // An English reply to a Japanese customer stays one piece of advice, its sign-off included.
        let english = try findings(
            "Thanks for your message. Your parcel is on its way and will arrive on Friday.\n\nBest regards,\nTom",
            "ja-JP")
        #expect(english.map(\.severity) == [.info])
        // Product names and codes in Latin letters are not English.
        #expect(try findings("ご注文のAir Jordan 1 Retro High OGは本日発送いたしました。\nOrder ID: JP-2231", "ja-JP").isEmpty)
    }

    @Test func theJSONReportCarriesTheLanguage() throws {
        let result = LintReport.FileResult(
            path: "-", market: "de-DE", channel: .email, findings: [],
            text: "Vielen Dank für Ihre Nachricht. Ihr Paket ist unterwegs und kommt am Freitag an.")
        let json = String(decoding: try JSONEncoder().encode(result), as: UTF8.self)
        #expect(json.contains("\"language\":\"de\""))
    }
}

/// The language rule's fast paths against the ways they replace: the leader of votes counted in an array against the
/// leader of the same votes by name, and the branch-free word count against one that branches.
@Suite struct LanguageVoteTests {
    @Test func leadsAsTheVotesByNameDo() {
        var random = FoldedPhraseTableTests.Random(state: 53)
        let languages = ["de", "en", "es", "fr", "id", "it", "nl", "pl", "pt"]
        for _ in 0..<2000 {
            // Few votes of a small range make ties, zeros and close runners-up common.
            let votes = languages.map { _ in random.next(3) == 0 ? 0 : random.next(9) }
            let words = random.next(40), minimumWords = random.next(10)
            var byName: [String: Int] = [:]
            for (index, count) in votes.enumerated() where count > 0 { byName[languages[index]] = count }
            #expect(
                LanguageDetector.leader(votes: votes, languages: languages, words: words, minimumWords: minimumWords)
                    == LanguageDetector.leader(votes: byName, words: words, minimumWords: minimumWords))
        }
    }

    @Test func countsWordsAsABranchingCountDoes() throws {
        var random = FoldedPhraseTableTests.Random(state: 59)
        let pieces = ["a", "Z", "ab", " ", "  ", "'", "-", ".", "1", "é", "ß", "日", "\n", "`", "{", "@", "À", "×"]
        let pool = ICUPool(), locale = try ICU.LocaleID(tag: "de-DE")
        for _ in 0..<300 {
            let text = (0..<random.next(60)).map { _ in pieces[random.next(pieces.count)] }.joined()
            let document = try Document(text: text, language: locale, pool: pool)
            let start = random.next(document.utf16.count + 1)
            let range = start..<(start + random.next(document.utf16.count - start + 1))
            var expected = 0, inWord = false
            for unit in document.utf16[range] {
                let letter = (unit | 0x20) &- 0x61 < 26 || unit >= 0xC0
                if letter, !inWord { expected += 1 }
                inWord = letter
            }
            #expect(LanguageRule.wordCount(range, document) == expected, "\(text.debugDescription) \(range)")
        }
    }

    /// The lists the language rule reads, made from the file's lists, are the word index grouped by language.
    @Test func functionWordListsAreTheWordIndexByLanguage() {
        var byLanguage: [String: [String]] = [:]
        for (word, languages) in LanguageDetector.functionWords {
            for language in languages { byLanguage[language, default: []].append(word) }
        }
        let expected = byLanguage.map { ($0.key, $0.value.sorted()) }.sorted { $0.0 < $1.0 }
        let lists = LanguageDetector.functionWordLists
        #expect(lists.count >= 9)
        #expect(lists.map(\.language) == expected.map(\.0))
        #expect(lists.map(\.words) == expected.map(\.1))
    }

    /// An all-ASCII reply to a market written in another script is no leftover, told before its text outside the
    /// foreign runs is cut out: the way that cut it out read only its letters beyond ASCII, and finds no language in
    /// none.
    @Test func anASCIIReplyIsNoLeftoverInAMarketOfAnotherScript() throws {
        var random = FoldedPhraseTableTests.Random(state: 67)
        let pieces = ["Thank you for your order. ", "Hi Anna,", "\n\n", "We will refund it. ", "Best regards,\nMia"]
        let pool = ICUPool(), locale = try ICU.LocaleID(tag: "ja-JP")
        for language in ["ja", "th", "ko", "zh", "ar", "zh-Hant"] {
            for _ in 0..<20 {
                let text = (0..<(1 + random.next(12))).map { _ in pieces[random.next(pieces.count)] }.joined()
                let document = try Document(text: text, language: locale, pool: pool)
                let start = random.next(document.utf16.count + 1)
                let foreign = [start..<(start + random.next(document.utf16.count - start + 1))]
                let sample = String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.isASCII }))
                #expect(LanguageDetector.detect(sample, minimumWords: 4) == nil)
                #expect(
                    !EnglishLeftover.isLeftover(
                        foreign, paragraphs: document.bodyParagraphs(), language, document))
            }
        }
    }

    /// A range longer than a 16-bit count's block (65,535 units), with words across the blocks' seams: the count of
    /// a branching loop.
    @Test func countsTheWordsOfALongRangeAsABranchingCountDoes() throws {
        var random = FoldedPhraseTableTests.Random(state: 61)
        let pieces = ["a", "ab", " ", "é", "日", "\n", "1", "Zz", "."]
        let text = (0..<120_000).map { _ in pieces[random.next(pieces.count)] }.joined()
        let document = try Document(text: text, language: try ICU.LocaleID(tag: "de-DE"), pool: ICUPool())
        #expect(document.utf16.count > 2 * 65_535)
        for range in [0..<document.utf16.count, 1..<(document.utf16.count - 1), 65_530..<131_080] {
            var expected = 0, inWord = false
            for unit in document.utf16[range] {
                let letter = (unit | 0x20) &- 0x61 < 26 || unit >= 0xC0
                if letter, !inWord { expected += 1 }
                inWord = letter
            }
            #expect(LanguageRule.wordCount(range, document) == expected, "\(range)")
        }
    }
}
