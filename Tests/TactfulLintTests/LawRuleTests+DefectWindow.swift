import Testing
@testable import TactfulLint

/// A restricted deadline for reporting a fault ("only defects reported within 7 days") is judged against the statutory
/// guarantee, or, where the law sets none, against the months in which a fault is presumed present at delivery
/// (`defect-presumption`: the UK's Consumer Rights Act s. 19(14), Singapore's lemon law, CPFTA s. 14(3)).
extension LawRuleTests {
    @Test func aShortDeadlineForReportingAFaultCutsThePresumptionShort() throws {
        #expect(
            try law("Sorry, our policy only covers defects reported within 7 days of delivery.", "en-SG").count == 1)
        #expect(try law("Warranty claims are only accepted within 7 days of delivery.", "en-SG").count == 1)
        #expect(try law("Defects reported after 14 days are not covered.", "en-GB").count == 1)
        let message = try #require(
            try builtInFindings("Defects reported after 14 days are not covered.", "en-GB") {
                $0.rule == "root.legal.law"
            }.first?.message)
        #expect(message.contains("6 months") && message.contains("CRA 2015 s. 19(14)"))
    }

    @Test func whereTheLawSetsAGuaranteeTheDeadlineIsJudgedAgainstIt() throws {
        #expect(
            try law("Mängel werden nur anerkannt, wenn sie innerhalb von 7 Tagen nach Erhalt gemeldet werden.", "de-DE")
                .count == 1)
    }

    @Test func aFaultWindowThatIsNotRestrictedOrIsLongEnoughStaysClean() throws {
        // No restriction: an offer, not a deadline.
        #expect(try law("Please report any defects within 7 days so we can help quickly.", "en-SG").isEmpty)
        // The goods' age, not a deadline.
        #expect(try law("The kettle stopped working after only two weeks, so we'll send a new one.", "en-GB").isEmpty)
        // Six months or more is no shorter than the presumption.
        #expect(try law("Defects are only covered if reported within 6 months of delivery.", "en-SG").isEmpty)
        // Where the law sets neither a guarantee nor a presumption, a shop's window is its own affair.
        #expect(try law("Our policy only covers defects reported within 7 days of delivery.", "en-US").isEmpty)
        // A maker's own warranty of a few months is offered on top of the statutory rights.
        #expect(try law("Your speaker comes with a 3-month warranty.", "en-SG").isEmpty)
    }
}
