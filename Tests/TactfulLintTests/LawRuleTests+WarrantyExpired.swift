import Testing
@testable import TactfulLint

/// Where the law sets no guarantee period of its own (the consumer guarantees last a reasonable time: Australia,
/// Britain, Québec), a warranty that has run out, given with its length as the reason a fault is refused, is a
/// `warranty-expired` law finding; where it sets one (the EU's two years), so is a maker's or shop's warranty that ran
/// out while every period stated is shorter than the statutory one. The refusal or charge may follow in the next
/// sentence. A lapsed warranty followed by what the statutory rights still give is not.
extension LawRuleTests {
    @Test func aLapsedWarrantyGivenAsTheReasonForARefusal() throws {
        #expect(
            try law(
                "Sorry, the 12-month warranty on your speaker ran out last month, so this one isn't covered anymore.",
                "en-AU"
            ).count == 1)
        #expect(try law("It's past the 12-month warranty, so no repair or refund is possible.", "en-AU").count == 1)
        #expect(
            try law("La garantie du fabricant de 12 mois est expirée, donc aucun recours n'est possible.", "fr-CA")
                .count == 1)
    }

    @Test func aLapsedWarrantyWithTheStatutoryRemedyOrNoPeriodIsClean() throws {
        // The statutory rights named after the lapse refuse nothing.
        #expect(
            try law(
                "Your 12-month warranty has expired, but under the Australian Consumer Law we will repair it for free.",
                "en-AU"
            ).isEmpty)
        // No period stated: a warranty of many years may well have run out.
        #expect(try law("Your warranty has expired, so it is no longer covered.", "en-GB").isEmpty)
        // Where the law sets a period, the stated one is judged against it instead (24 months in Poland).
        #expect(
            try law(
                "Gwarancja producenta wynosi 12 miesięcy i już minęła, w związku z czym reklamacja nie zostanie "
                    + "uwzględniona.", "pl-PL"
            ).count == 1)
    }

    @Test func aWarrantyThatExpiredAfterAPeriodStatesItsLength() throws {
        // "After 12 months" is no threshold here: it is when the warranty ended, a 12-month one (24 in the EU).
        #expect(try law("De garantie is na 12 maanden verlopen.", "nl-NL").count == 1)
        let commercial = "Uw fabrieksgarantie is na 12 maanden verlopen; de wettelijke garantie loopt door."
        #expect(try law(commercial, "nl-NL").isEmpty)
        // A threshold still needs its refusal when nothing expired ("reported after 7 days").
        #expect(try law("De garantie geldt ook na 12 maanden gebruik.", "nl-NL").isEmpty)
    }

    @Test func aRefusalOrChargeInTheNextSentenceIsTheLapsedWarrantysToo() throws {
        let british =
            "Unfortunately, it is only covered by our 12-month warranty, which has now expired. We are therefore not "
            + "able to do anything further for you."
        let found = try law(british, "en-GB")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("12-month warranty") == true)
        #expect(found.first?.hasSuffix("not able to do anything") == true)
        let australian =
            "It's now outside our 3-month warranty. Unfortunately we can only offer a repair at your own cost."
        #expect(try law(australian, "en-AU").count == 1)
        // Nothing refused after the lapse.
        let helped = "Your 12-month warranty has expired. We'd be glad to help you choose a new one."
        #expect(try law(helped, "en-GB").isEmpty)
    }

    @Test func aMakersWarrantyThatRanOutInsideTheStatutoryPeriodEndsNothing() throws {
        let french =
            "Votre aspirateur a été acheté il y a 14 mois : la garantie constructeur de 12 mois est donc expirée et "
            + "nous ne pouvons rien faire pour vous."
        #expect(try law(french, "fr-FR").count == 1)
        let german =
            "Leider ist die Garantie schon abgelaufen, da Sie das Gerät vor mehr als 6 Monaten gekauft haben. Deshalb "
            + "können wir den Defekt nicht mehr übernehmen."
        let found = try law(german, "de-DE")
        #expect(found.count == 1)
        #expect(found.first?.contains("6 Monaten") == true)
        // Past the statutory two years the maker's warranty was the last cover.
        let late =
            "Die Herstellergarantie ist abgelaufen, da Sie das Gerät vor 30 Monaten gekauft haben. Deshalb können wir "
            + "nichts machen."
        #expect(try law(late, "de-DE").isEmpty)
    }
}
