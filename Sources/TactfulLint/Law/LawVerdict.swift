import TactfulLawCues

/// What one sentence says against a market's consumer law, judged from the roles of its words and the periods it
/// states (`LawRule` finds them; this decides, and is pure so the tests can ask it directly).
enum LawVerdict: Equatable, Sendable {
    /// An exclusion the market's law forbids.
    case unlawful(LawTable.Exclusion)
    /// A return window shorter than the statutory withdrawal period.
    case shortWithdrawal(stated: Int, minimum: Int)
    /// A refund promised later than the law allows.
    case lateRefund(stated: Int, maximum: Int)
    /// A guarantee shorter than the statutory one.
    case shortGuarantee(statedMonths: Int, minimum: Int)
    /// A deadline for claiming a fault ("defects reported within 7 days only") shorter than the statutory guarantee,
    /// or, where the law sets none, than the months in which a fault is presumed present at delivery.
    case shortDefectWindow(statedDays: Int, months: Int)

    /// A stated period ("7 days", "30日", "1 year") and the topic word nearest to it.
    struct Period: Equatable, Sendable {
        let days: Int
        let topic: LawCues.Role
        /// The sentence restricts what the period allows ("only", a refusal): a deadline, not an offer.
        var restricted = false
        var months: Int { days / 30 }
    }

    /// The exclusion a sentence makes, if the market forbids it: the most specific first (store credit only,
    /// return costs of a faulty item, a voided warranty, a fee) before the general refusals (faulty, on sale,
    /// opened). A lawful qualifier (hygiene seal, made to measure) or an offer word clears every exclusion.
    /// `negatedTopic`: a return, refund or cancellation is negated in its own clause ("we don't take returns",
    /// "반품은 불가합니다", "ไม่รับคืน") — a refusal in any wording, counted only with the words that make it unlawful
    /// by themselves (in any case, change of mind, a late delivery).
    /// `statesPeriod`: the sentence states a period ("the 12-month warranty ran out").
    /// `statesLawfulWindow`: it states a period at least as long as the withdrawal right's: a return refused "after
    /// receipt" with one ("no returns 10 days after receipt") leaves the right alone.
    /// `deliveryCostRefused`: the delivery charge's own clause refuses or negates its refund ("the shipping costs are
    /// not refunded").
    /// `refusedNext`: the next sentence refuses or charges the customer ("…has expired. We can't do anything further").
    /// `withinStatutoryGuarantee`: every period the sentence states is shorter than the market's statutory guarantee.
    static func exclusion(
        _ roles: LawRoles, table: LawTable, negatedTopic: Bool = false, statesPeriod: Bool = false,
        statesLawfulWindow: Bool = false, deliveryCostRefused: Bool = false, refusedNext: Bool = false,
        withinStatutoryGuarantee: Bool = false
    ) -> LawTable.Exclusion? {
        guard !roles.contains(.lawful), !roles.contains(.positive) else { return nil }
        let refusal = roles.contains(.refusal)
        let refuses = refusal || negatedTopic
        let returns = roles.contains(.withdrawal) || roles.contains(.refund)
        let creditOnly = roles.contains(.voucher) && (roles.contains(.only) || refusal)
        let fromReceipt = roles.contains(.afterReceipt) && !statesLawfulWindow
        // A claim under the statutory guarantee is a claim for faulty goods; a maker's or shop's own warranty is not.
        let faultClaim = roles.contains(.faulty) || (roles.contains(.guarantee) && !roles.contains(.commercial))
        let candidates: [(LawTable.Exclusion, Bool)] = [
            (.storeCreditOnly, creditOnly),
            // "The shipping costs are not refunded": the standard delivery charge is repaid with the goods on a
            // withdrawal (a return cost named beside it was dropped as this role when the words were read).
            (.initialDeliveryKept, deliveryCostRefused),
            (.returnCostFaulty, faultClaim && roles.contains(.shippingCost) && roles.contains(.customerPays)),
            // Where a withdrawal costs the consumer nothing (Taiwan, Brazil), return shipping on it is a charge too.
            (
                .returnCostWithdrawal,
                !faultClaim && roles.contains(.withdrawal) && roles.contains(.shippingCost)
                    && roles.contains(.customerPays)
            ),
            (
                .warrantyVoid,
                roles.contains(.guarantee) && roles.contains(.void)
                    && (roles.contains(.tampering) || roles.contains(.opened))
            ),
            // "The 12-month warranty ran out, so it isn't covered" (or "…so repairs are at your cost", or a refusal in
            // the next sentence): where the law sets no period of its own (the consumer guarantees last a reasonable
            // time), a warranty's length is not the limit of the customer's rights; where it sets one, a maker's or
            // shop's warranty that ran out ends nothing while the item is younger than the statutory period. "…has
            // expired, but we will repair it under the statutory guarantee" refuses nothing.
            (
                .warrantyExpired,
                roles.contains(.guarantee) && roles.contains(.expired)
                    && (refusal || roles.contains(.customerPays) || refusedNext)
                    && (table.guaranteeMonths?.value == nil ? statesPeriod : withinStatutoryGuarantee)
            ),
            (
                .feeOnWithdrawal,
                roles.contains(.fee) && (roles.contains(.withdrawal) || roles.contains(.refund))
                    && !roles.contains(.faulty)
            ),
            // The seller answers for a fault; sending the customer to the maker refuses that.
            (.manufacturerRedirect, faultClaim && roles.contains(.redirect)),
            // Store credit as the only remedy for faulty goods refuses the remedy the law gives, in markets whose
            // law does not forbid store credit as such.
            (.faultyRefused, roles.contains(.faulty) && (refusal || creditOnly)),
            // "No returns in any case", 一經售出概不退換: a refusal that leaves no goods out refuses faulty ones too,
            // and, where the law gives one, the return for no reason.
            (.faultyRefused, roles.contains(.blanket) && refuses && returns),
            // A refusal of the postage on a return for no fault ("we can't refund the return postage, as the item
            // wasn't faulty") leaves the return itself alone: the consumer bears the direct cost of a withdrawal.
            (
                .withdrawalRefused,
                (roles.contains(.blanket) || roles.contains(.changeOfMind) || fromReceipt) && refuses && returns
                    && !roles.contains(.shippingCost)
            ),
            // "Orders can't be cancelled once shipped, even if delivery is late."
            (.lateCancellationRefused, roles.contains(.cancel) && roles.contains(.delay) && refuses),
            // "Sale items can't be returned", "개봉한 상품은 반품이 안 됩니다": the return itself negated refuses it too.
            // "The gift card will expire after 60 days", where the law forbids an expiry date.
            (.giftCardExpiry, roles.contains(.giftCard) && (roles.contains(.void) || roles.contains(.expired))),
            // Where the law gives no return for a change of mind, refusing one on sale items is lawful; "no refunds on
            // sale items" without that qualifier misstates the remedy for a fault (Australia's regulators name it).
            (
                .saleItems,
                roles.contains(.sale) && refuses
                    && !(table.withdrawalDays == nil && roles.contains(.changeOfMind))
            ),
            (.opened, roles.contains(.opened) && refuses),
        ]
        return candidates.first { $0.1 && table.unlawful[$0.0] != nil }?.0
    }

    /// The return-cost exclusion of a sentence whose goods were called faulty a sentence or two before ("The speaker
    /// is defective. The return postage is at your cost."): the cost and who pays it here, cleared as `exclusion` is.
    static func returnCostAfterFault(_ roles: LawRoles, table: LawTable) -> LawTable.Exclusion? {
        guard !roles.contains(.lawful), !roles.contains(.positive), roles.contains(.shippingCost),
            roles.contains(.customerPays),
            table.unlawful[.returnCostFaulty] != nil
        else { return nil }
        return .returnCostFaulty
    }

    /// The withdrawal return-cost exclusion of a sentence that follows one about a return ("Unboxed items can't be
    /// returned. If you insist, you pay the shipping both ways."): the cost and who pays it here, no fault named.
    static func returnCostAfterWithdrawal(_ roles: LawRoles, table: LawTable) -> LawTable.Exclusion? {
        guard !roles.contains(.lawful), !roles.contains(.positive), !roles.contains(.faulty),
            roles.contains(.shippingCost),
            roles.contains(.customerPays), table.unlawful[.returnCostWithdrawal] != nil
        else { return nil }
        return .returnCostWithdrawal
    }

    /// Goods damaged or lost in transit and the customer sent to the carrier, or the carrier named responsible ("Für
    /// den Transportschaden ist DHL verantwortlich, bitte wenden Sie sich an DHL", "you need to lodge a claim with
    /// them"): the goods were at the seller's risk until delivery. The damage or loss may be named up to two sentences
    /// before (`damageBefore`), the carrier in the sentence before (`carrierBefore`); cleared as `exclusion` is.
    static func carrierRedirect(_ roles: LawRoles, table: LawTable, damageBefore: Bool, carrierBefore: Bool)
        -> LawTable.Exclusion?
    {
        guard !roles.contains(.lawful), !roles.contains(.positive), table.unlawful[.carrierRedirect] != nil,
            roles.contains(.faulty) || roles.contains(.lost) || damageBefore
        else { return nil }
        let sentElsewhere = roles.contains(.elsewhere) && (roles.contains(.carrier) || carrierBefore)
        let carrierBlamed = roles.contains(.carrier) && roles.contains(.refusal)
        return sentElsewhere || carrierBlamed ? .carrierRedirect : nil
    }

    /// A restricted deadline for claiming a fault, judged against the statutory guarantee or else the presumption.
    private static func defectWindow(_ period: Period, table: LawTable) -> LawVerdict? {
        guard period.restricted,
            let minimum = table.guaranteeMonths?.value ?? table.defectPresumptionMonths?.value,
            period.days < minimum * 30
        else { return nil }
        return .shortDefectWindow(statedDays: period.days, months: minimum)
    }

    /// The verdict on a stated period, if it falls short of (or, for refunds, beyond) the market's law.
    static func period(_ period: Period, table: LawTable) -> LawVerdict? {
        switch period.topic {
        case .withdrawal:
            guard let minimum = table.withdrawalDays?.value, period.days < minimum else { return nil }
            return .shortWithdrawal(stated: period.days, minimum: minimum)
        case .refund:
            guard let deadline = table.refundDeadlineDays, period.days > deadline.longestInCalendarDays else {
                return nil
            }
            return .lateRefund(stated: period.days, maximum: deadline.value)
        case .guarantee:
            if let minimum = table.guaranteeMonths?.value {
                return period.days < minimum * 30 ? .shortGuarantee(statedMonths: period.months, minimum: minimum) : nil
            }
            return defectWindow(period, table: table)
        case .faulty:
            return defectWindow(period, table: table)
        default:
            return nil
        }
    }
}
