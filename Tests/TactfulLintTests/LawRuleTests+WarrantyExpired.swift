import Testing
@testable import TactfulLint

/// Where the law sets no guarantee period of its own (the consumer guarantees last a reasonable time: Australia,
/// Britain, Québec), a warranty that has run out, given with its length as the reason a fault is refused, is a
/// `warranty-expired` law finding; a lapsed warranty followed by what the statutory rights still give is not.
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
}
