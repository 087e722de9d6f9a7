import Testing

@testable import TactfulLint

/// National identity numbers in a reply: found by their shape and check digit, masked, and not confused with an
/// order number of the same length.
@Suite struct NationalIDTests {
    func ids(_ text: String, _ tag: String) throws -> [Finding] {
        try builtInFindings(text, tag) { $0.rule == "root.privacy.national-id" }
    }

    @Test(arguments: [
        ("您的身份证号 11010519491231002X 已登记。", "zh-CN", "11010519491231002X"),
        ("您的身分證字號 A123456789 已完成認證。", "zh-TW", "A123456789"),
        ("身份證號碼 A123456(3) 已登記。", "zh-HK", "A123456(3)"),
        ("Your NRIC S1234567D has been noted.", "en-SG", "S1234567D"),
        ("Seu CPF 529.982.247-25 foi confirmado.", "pt-BR", "529.982.247-25"),
        ("Su DNI 12345678Z consta en el pedido.", "es-ES", "12345678Z"),
        ("Il codice fiscale RSSMRA85T10A562S risulta registrato.", "it-IT", "RSSMRA85T10A562S"),
        ("주민번호 900101-1234567 확인되었습니다.", "ko-KR", "900101-1234567"),
        ("SSN 123-45-6789 verified.", "en-US", "123-45-6789"),
        ("Your NI number AB 12 34 56 C is on file.", "en-GB", "AB 12 34 56 C"),
        ("Votre NIR 1 85 05 78 006 084 91 est noté.", "fr-FR", "1 85 05 78 006 084 91"),
        ("رقم الهوية 784-1990-1234567-6 مسجل لدينا.", "ar-AE", "784-1990-1234567-6"),
        ("Your Aadhaar 2341 2341 2346 is linked.", "en-IN", "2341 2341 2346"),
    ])
    func aNumberWithItsShapeAndCheckDigitIsReported(text: String, tag: String, match: String) throws {
        let found = try ids(text, tag)
        #expect(found.map(\.match) == [match])
        #expect(found.first?.fixes.first?.replacement.hasSuffix(String(PIIRule.compact(match).suffix(4))) == true)
        #expect(found.first?.fixes.first?.safe == true)
    }

    @Test func aWrongCheckDigitOrAnotherMarketsWeakShapeIsClean() throws {
        #expect(try ids("您的身份证号 110105194912310021 已登记。", "zh-CN").isEmpty)
        #expect(try ids("Seu pedido 529.982.247-26 foi enviado.", "pt-BR").isEmpty)
        #expect(try ids("Your NRIC S1234567A has been noted.", "en-SG").isEmpty)
        #expect(try ids("Su DNI 12345678A consta en el pedido.", "es-ES").isEmpty)
        // A letter and nine digits is a tracking number outside Taiwan.
        #expect(try ids("Tracking: A123456789 is on its way.", "en-US").isEmpty)
        #expect(try ids("Call us on 020 7946 0000.", "en-GB").isEmpty)
        // Numbers the issuers never give: SSN area 666, NINO prefix GB.
        #expect(try ids("SSN 666-45-6789 verified.", "en-US").isEmpty)
        #expect(try ids("Your NI number GB 12 34 56 C is on file.", "en-GB").isEmpty)
    }

    @Test func theCheckDigitAlgorithms() {
        #expect(NationalIDFormat.verhoeff([2, 3, 6, 3]))
        #expect(!NationalIDFormat.verhoeff([2, 3, 6, 4]))
        #expect(NationalIDFormat.cpf(Array("52998224725")))
        #expect(!NationalIDFormat.cpf(Array("11111111111")))
        #expect(NationalIDFormat.codiceFiscale(Array("RSSMRA85T10A562S")))
        #expect(NationalIDFormat.taiwan(Array("A123456789")))
        #expect(NationalIDFormat.hongKong(Array("A1234563")))
    }

    @Test func theQAReportMasksThemToo() {
        #expect(PIIMasking.masked("身份证 11010519491231002X") == "身份证 ••••••••••••••002X")
    }
}
