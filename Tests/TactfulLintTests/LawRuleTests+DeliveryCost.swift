import Testing
@testable import TactfulLint

/// On a withdrawal the standard delivery charge is repaid with the goods (Directive 2011/83/EU art. 13; CCR 2013
/// reg. 34; CDC art. 49): keeping it back is an `initial-delivery-kept` law finding, while the return's own postage,
/// which the consumer may bear, and a refusal in another clause are not.
extension LawRuleTests {
    @Test func aDeliveryChargeKeptBackOnARefund() throws {
        #expect(
            try law(
                "Uw retour is ontvangen. Wij betalen het product terug, de verzendkosten worden niet terugbetaald.",
                "nl-NL"
            ).count == 1)
        #expect(
            try law(
                "Dziękujemy za zwrot. Oddamy cenę produktu, ale koszt wysyłki do Pani nie zostanie zwrócony.", "pl-PL"
            ).count == 1)
        #expect(
            try law("Recebemos a devolução. Os portes de envio da encomenda não são reembolsáveis.", "pt-PT").count == 1
        )
        #expect(
            try law("We received your return. The original shipping charges are non-refundable.", "en-GB").count == 1)
    }

    @Test func theReturnPostageOrARefundInAnotherClauseIsClean() throws {
        #expect(try law("Die Rücksendekosten werden nicht erstattet.", "de-DE").isEmpty)
        #expect(try law("Die Versandkosten für die Rücksendung werden nicht erstattet.", "de-DE").isEmpty)
        #expect(try law("Return shipping costs are non-refundable.", "en-GB").isEmpty)
        #expect(
            try law(
                "Niestety nie możemy zwrócić kosztów odesłania paczki, ale zwrócimy pełny koszt pierwotnej dostawy.",
                "pl-PL"
            ).isEmpty)
        // With no return in sight, a delivery charge that is not refunded is not one kept back on a withdrawal.
        #expect(try law("Your parcel left our warehouse yesterday. We can't refund the shipping fee.", "en-GB").isEmpty)
        // Where the law gives no withdrawal right, keeping the delivery charge misstates nothing.
        #expect(try law("Shipping costs are non-refundable.", "en-US").isEmpty)
    }
}
