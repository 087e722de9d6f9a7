import Testing

@testable import TactfulLint

@Suite struct WeekendRuleTests {
    func weekend(_ text: String, _ tag: String) throws -> [String] {
        try builtInFindings(text, tag) { $0.rule == "root.culture.weekend" }.map(\.match)
    }

    /// The built-in words kept once by their lower-cased bytes are those kept once as lower-cased strings.
    @Test func theDistinctWordsAreThoseStringsWouldGive() throws {
        let table = try #require(WeekendWords.builtIn)
        var seen: Set<String> = []
        let expected = table.words.values.joined().filter { seen.insert($0.lowercased()).inserted }
        #expect(WeekendRule.distinctWords(table) == expected)
        #expect(expected.count < table.words.values.joined().count)  // "weekend" is in several languages
    }

    @Test func aWorkingDayCalledTheWeekendIsReported() throws {
        #expect(
            try weekend("سيُشحن الطلب يوم الاثنين، بعد عطلة نهاية الأسبوع (السبت والأحد).", "ar-SA") == [
                "عطلة نهاية الأسبوع (السبت والأحد"
            ])
        #expect(
            try weekend("Our warehouse is closed over the weekend (Saturday and Sunday).", "ar-SA") == [
                "weekend (Saturday and Sunday"
            ])
        // Friday is a working day in the United States.
        #expect(
            try weekend("Our warehouse is closed over the weekend (Friday and Saturday).", "en-US") == [
                "weekend (Friday and Saturday"
            ])
        // The UAE moved its weekend to Saturday and Sunday in 2022; "يومي" ("on the two days") leads to the days.
        #expect(try weekend("نتمنى لكم عطلة نهاية أسبوع سعيدة يومي الجمعة والسبت.", "ar-AE").count == 1)
        #expect(try weekend("مكتبنا مغلق في عطلة نهاية الأسبوع يومي السبت والأحد.", "ar-AE").isEmpty)
    }

    @Test func theDaysMayComeFirst() throws {
        #expect(
            try weekend("وبما أن السبت والأحد عطلة نهاية الأسبوع عندكم، سنشحن الطلب يوم الاثنين.", "ar-SA") == [
                "السبت والأحد عطلة نهاية الأسبوع"
            ])
        #expect(
            try weekend("Saturday and Sunday are our weekend, so it ships on Monday.", "ar-SA") == [
                "Saturday and Sunday are our weekend"
            ])
        // Other days before the word, or more than a copula between.
        #expect(try weekend("Monday and Tuesday after the weekend we ship.", "en-US").isEmpty)
        #expect(try weekend("السبت والأحد بعد عطلة نهاية الأسبوع نشحن الطلب.", "ar-SA").isEmpty)
        #expect(try weekend("الجمعة والسبت عطلة نهاية الأسبوع عندكم.", "ar-SA").isEmpty)
    }

    @Test func nearMissesStayClean() throws {
        // The region's weekend; the UAE's since 2022; days named without calling them the weekend; a day after it.
        #expect(try weekend("سيُشحن الطلب بعد عطلة نهاية الأسبوع (الجمعة والسبت).", "ar-SA").isEmpty)
        #expect(try weekend("سيُشحن الطلب بعد عطلة نهاية الأسبوع (السبت والأحد).", "ar-AE").isEmpty)
        #expect(try weekend("مستودعنا مغلق يومي السبت والأحد.", "ar-SA").isEmpty)
        #expect(try weekend("We will ship on Monday, after the weekend.", "ar-SA").isEmpty)
        #expect(try weekend("Your parcel arrives this weekend, on Saturday.", "ar-SA").isEmpty)
        #expect(try weekend("Am Wochenende (Samstag und Sonntag) ist unser Lager geschlossen.", "de-DE").isEmpty)
        // A bracket that says more than the days.
        #expect(
            try weekend("With the long weekend (Monday, October 13 is a holiday), it arrives Wednesday.", "en-US")
                .isEmpty)
        // The day after the weekend, not the weekend itself.
        #expect(try weekend("We are closed over the weekend, Monday we will ship your order.", "en-US").isEmpty)
        // A one-day weekend in CLDR (India: Sunday) is not judged.
        #expect(try weekend("We are closed over the weekend (Saturday and Sunday).", "en-IN").isEmpty)
    }

    @Test func theDaysFollowTheWordJoinedByCommasSlashesOrAnd() {
        let names = WeekendWords.dayNames(try! .init(tag: "de"))
        let joiners = ["und", "and"]
        #expect(WeekendRule.days(after: " (Samstag und Sonntag)", names: names, joiners: joiners).0 == [7, 1])
        #expect(WeekendRule.days(after: ": Sa/So", names: names, joiners: joiners).0 == [])
        #expect(WeekendRule.days(after: " - Freitag, Samstag", names: names, joiners: joiners).0 == [6, 7])
        #expect(WeekendRule.days(after: " kommt am Montag", names: names, joiners: joiners).0 == [])
        #expect(WeekendRule.days(after: ", Montag schicken wir", names: names, joiners: joiners).0 == [])
        #expect(WeekendRule.days(after: ": Sonntag", names: names, joiners: joiners).0 == [1])
    }
}
