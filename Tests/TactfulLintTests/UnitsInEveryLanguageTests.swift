import Testing
@testable import TactfulLint
import TactfulMarkets

/// The units check reads imperial units in the draft's own language (ICU's display names), and leaves alone what
/// only looks like one.
@Suite struct UnitsInEveryLanguageTests {
    func units(_ text: String, _ tag: String) throws -> [String] {
        try builtInFindings(text, tag) { $0.category == .units }.map(\.match)
    }

    @Test(arguments: [
        ("荷物の重さは5ポンドです。", "ja-JP", "5ポンド"),
        ("足の長さは10인치입니다.", "ko-KR", "10인치"),
        ("包裹重3磅。", "zh-CN", "3磅"),
        ("الطرد يزن 20 رطل تقريبًا.", "ar-SA", "20 رطل"),
        ("พัสดุหนัก 100 ปอนด์ค่ะ", "th-TH", "100 ปอนด์"),
        ("Il magazzino dista 15 miglia dal centro.", "it-IT", "15 miglia"),
        ("El paquete pesa 12 libras.", "es-ES", "12 libras"),
        ("La température était de 86 degrés Fahrenheit.", "fr-FR", "86 degrés Fahrenheit"),
    ])
    func imperialUnitsInTheDraftsLanguage(text: String, tag: String, expected: String) throws {
        #expect(try units(text, tag) == [expected])
    }

    @Test func compoundsAreOneFindingWithOneConversion() throws {
        #expect(try units("身高5英尺6英寸。", "zh-CN") == ["5英尺6英寸"])
        #expect(try units("الطول 5 أقدام و7 إنش.", "ar-SA") == ["5 أقدام و7 إنش"])
        let finding = try #require(try builtInFindings("腰圍 5 呎 5 吋左右。", "zh-TW") { $0.category == .units }.first)
        #expect(finding.match == "5 呎 5 吋")
        #expect(finding.fixes.first?.replacement.hasPrefix("5 呎 5 吋 (") == true)
    }

    @Test func aHeightInFeetAndInchesIsJudgedByCLDRsPersonHeightUsage() throws {
        // Canada, like the United States, gives a person's height in feet and inches (CLDR unit preferences).
        #expect(try units("Since you're 5'6\", a size M should fit.", "en-CA").isEmpty)
        #expect(try units("Bei 5'6\" passt Größe M.", "de-DE") == ["5'6\""])
        // A prime alone is no unit: Swiss thousands, a year.
        #expect(try units("Der Preis ist CHF 1'249.00.", "de-CH").isEmpty)
    }

    @Test func aUnitConvertedOnceIsReadWithThatConversionOnItsLine() throws {
        #expect(try units("ウエスト約76cm（30インチ）です。普段30インチをお召しでしたら、Mサイズがおすすめです。", "ja-JP").isEmpty)
        #expect(try units("รอบอก 40 นิ้ว (ประมาณ 102 ซม.) ยาว 28 นิ้วค่ะ", "th-TH").isEmpty)
        // On another line, or another unit, it is not.
        #expect(try units("The box is 10 in (25 cm) wide.\nIt weighs 5 lb, boxed.", "en-AU") == ["5 lb"])
        #expect(try units("The box is 10 in (25 cm) wide.\nThe lid is 12 inches wide.", "en-AU") == ["12 inches"])
    }

    @Test func aHyphenatedCompoundAdjectiveIsAMeasurement() throws {
        #expect(try units("It has a 30-inch inseam and a 28-inch waist.", "en-AU") == ["30-inch", "28-inch"])
        // Screens are sold by the inch, in a hyphenated compound too; a range is not a compound.
        #expect(try units("Ein 55-Zoll-Fernseher ist unterwegs.", "de-DE").isEmpty)
        #expect(try units("Our 15.6-inch laptop ships today.", "en-AU").isEmpty)
        #expect(try units("Sizes 10-12 in stock now.", "en-AU").isEmpty)
    }

    @Test func bicycleWheelsAndFramesAreSoldByTheInch() throws {
        #expect(try units("Das Fahrrad ist ab 1,65 m geeignet, der Rahmen hat 19 Zoll.", "de-DE").isEmpty)
        #expect(try units("Ce vélo 26 pouces est livré monté.", "fr-FR").isEmpty)
        #expect(try units("De tas is 19 inch breed.", "nl-NL").count == 1)  // no bicycle word: a length to convert
    }

    @Test func aDraftAboutAScreenSpeaksOfScreenSizesThroughout() throws {
        let french =
            "Votre téléviseur de 55 pouces est arrivé abîmé. Le modèle de 65 pouces est en rupture de stock."
        #expect(try units(french, "fr-CA").isEmpty)
        #expect(
            try units("Obrigado pelas fotos da TV de 50 polegadas. Um modelo de 55 polegadas custa mais.", "pt-BR")
                .isEmpty)
        // Without a screen, or for another unit, each value is judged on its own.
        #expect(try units("Le carton fait 40 pouces de large.", "fr-CA") == ["40 pouces"])
        #expect(try units("Votre téléviseur de 55 pouces pèse 40 livres.", "fr-FR") == ["40 livres"])
        #expect(try units("Das Velo ist für Fahrer ab 5 ft 6 geeignet, der Rahmen hat 19 Zoll.", "de-CH") == ["5 ft 6"])
    }

    @Test func aMeasurementAfterACommaCanBeTheConversion() throws {
        #expect(
            try units("For the linen shirt I'd suggest size M: the chest is 104 cm, about 41 inches.", "en-SG")
                .isEmpty)
        #expect(try units("The chest is 41 inches, and the length 28 inches.", "en-SG") == ["41 inches", "28 inches"])
    }

    @Test func anArabicScreenWordWithItsProcliticsIsTheInchesContext() throws {
        // "بشاشة 6.7 إنش": ب + شاشة (a screen), sold by the inch everywhere.
        #expect(try units("سنرسل لك جهازًا بديلًا من نفس الطراز بشاشة 6.7 إنش.", "ar-SA").isEmpty)
        #expect(try units("طول الطاولة 30 إنش.", "ar-SA") == ["30 إنش"])
    }

    @Test func nearMissesStayClean() throws {
        // A German preposition after a year, not an inch.
        #expect(try units("Wir eröffnen bis 2027 in Zürich einen Laden.", "de-CH").isEmpty)
        // Metric already, a conversion already given, a screen, a trouser waist in Korea, a chest size in Thailand.
        #expect(try units("包裹重3公斤。", "zh-CN").isEmpty)
        #expect(try units("El paquete pesa 12 libras (5,4 kg).", "es-ES").isEmpty)
        #expect(try units("テレビの画面は32インチです。", "ja-JP").isEmpty)
        #expect(try units("평소 허리 28~29인치 바지를 입으신다면 M을 추천드려요.", "ko-KR").isEmpty)
        #expect(try units("เดรสไซซ์ M รอบอก 34 นิ้ว ค่ะ", "th-TH").isEmpty)
        // A date before a word that starts like an abbreviation ("między": no miles), in any script.
        #expect(try units("Kurier doręczy paczkę w piątek 20.06 między 8:00 a 16:00.", "pl-PL").isEmpty)
        #expect(try units("Odległość to 3 mi między sklepami.", "pl-PL") == ["3 mi"])
        // Pounds the UK uses itself.
        #expect(try units("Your parcel weighs 5 pounds.", "en-GB").isEmpty)
        // A hedged conversion, a converted range, full-width brackets with a hedge, and an amount of customs duty.
        #expect(try units("Size M has a waist of 78 cm (about 30.7 in).", "en-SG").isEmpty)
        #expect(try units("It fits a head of 54-60 cm (21.25-23.5 in).", "en-CA").isEmpty)
        #expect(try units("ウエスト約76cm（約30インチ）です。", "ja-JP").isEmpty)
        #expect(try units("Die Post hat Ihnen CHF 18.40 Zoll und MWST verrechnet.", "de-CH").isEmpty)
        #expect(try units("Layar HP seri NOVA 8 ukurannya 6,5 inci.", "id-ID").isEmpty)
        // A dimension list, a two-word hedge, a word between the measure and its conversion, a negative reading.
        #expect(try units("Box: 40 × 30 × 15 cm (16 × 12 × 6 in approx.).", "en-GB").isEmpty)
        #expect(try units("O busto mede 112 cm (cerca de 44 polegadas).", "pt-BR").isEmpty)
        #expect(try units("It fits a 40–42 in chest (102–107 cm).", "en-US").isEmpty)
        #expect(try units("Rated down to -25 °C (-13 °F).", "en-CA").isEmpty)
        #expect(try units("If you usually wear 30 inch jeans, take an M.", "en-SG").isEmpty)
        // The conversion a few words on, or the measurement converted a few words back.
        #expect(try units("The tote is 40 cm wide (about 15.7 in), so a laptop fits.", "en-US").isEmpty)
        #expect(try units("A calça 40 tem 78 cm de cintura (cerca de 31 polegadas).", "pt-BR").isEmpty)
        #expect(try units("Le jean mesure 78 cm de tour de taille (environ 31 pouces).", "fr-FR").isEmpty)
        #expect(try units("For a 71 cm waist, size M (28 in) is the best fit.", "en-SG").isEmpty)
        #expect(try units("The tote is 40 cm wide (our largest size).", "en-US") == ["40 cm"])
        // Still a finding: a bare inch figure, and a range without its conversion.
        #expect(try units("The waist is 30.7 inches.", "en-SG") == ["30.7 inches"])
        #expect(try units("Der Bund misst 30 Zoll.", "de-DE") == ["30 Zoll"])
    }
}
