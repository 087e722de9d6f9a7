import Testing
@testable import TactfulLint

/// Goods damaged or lost in transit are the seller's risk until delivery (Directive 2011/83/EU Art. 20, Consumer
/// Rights Act 2015 s. 29): a reply that sends the customer to the carrier, or names the carrier responsible, is a
/// `carrier-redirect` law finding where the market's law file lists it.
extension LawRuleTests {
    @Test func theCustomerSentToTheCarrierForTransitDamage() throws {
        #expect(
            try law(
                "Es tut uns leid, dass die Lampe beschädigt ankam. Für den Transportschaden ist allerdings DHL "
                    + "verantwortlich, bitte wenden Sie sich mit den Fotos direkt an DHL.", "de-DE"
            ).count == 1)
        #expect(
            try law(
                "Sorry the kettle arrived damaged. The courier broke it, so you need to lodge a claim with them.",
                "en-GB"
            )
            .count == 1)
        #expect(
            try law(
                "Il pacco è arrivato danneggiato: la responsabilità è del corriere, quindi apra direttamente un reclamo "
                    + "presso il corriere.", "it-IT"
            ).count == 1)
        // Lost, the carrier in the sentence before: "c'est La Poste qui a perdu ton colis. Faut que tu fasses une
        // réclamation chez eux."
        #expect(
            try law("C'est La Poste qui a perdu ton colis. Faut que tu fasses une réclamation chez eux.", "fr-FR")
                .count == 1)
        // The responsibility denied in so many words ("nicht zuständig"), the damage named first.
        #expect(
            try law(
                "Die Kratzer sind beim Transport durch den Paketdienst entstanden, dafür sind wir nicht zuständig.",
                "de-DE"
            ).count == 1)
    }

    @Test func theSellerWhoTakesTheClaimStaysClean() throws {
        // The seller deals with the carrier and the customer.
        #expect(
            try law(
                "The parcel arrived damaged, so we will send a replacement free of charge and deal with DHL.", "en-GB"
            )
            .isEmpty)
        #expect(
            try law("Das Paket kam beschädigt an. Wir sind verantwortlich und kümmern uns um DHL.", "de-DE").isEmpty)
        // No damage or loss: a question about the delivery slot.
        #expect(try law("For a delivery slot, please contact the courier directly.", "en-GB").isEmpty)
        // Not sent anywhere.
        #expect(
            try law("The lamp arrived broken; you don't need to contact the courier, we'll replace it.", "en-GB")
                .isEmpty)
        // Markets whose law file has no such entry: Switzerland (OR art. 185), the United States.
        #expect(
            try law(
                "Die Lampe kam beschädigt an, bitte wenden Sie sich direkt an die Post, sie ist verantwortlich.",
                "de-CH"
            )
            .isEmpty)
        #expect(
            try law("The lamp arrived damaged; please contact the carrier directly, they are responsible.", "en-US")
                .isEmpty)
    }
}
