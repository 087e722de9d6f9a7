/// A market's consumer-law minimums from `Glossaries/law/<market>.yml`, as a market's guide shows them: the
/// periods the law sets and the exclusions a reply may not make, each with its statute — the table the `law` rule
/// kind compares replies with.
public struct LawMinimums: Sendable, Equatable {
    /// A period the law states.
    public struct Period: Sendable, Equatable {
        /// Days or months; nil when the law sets no fixed period.
        public let value: Int?
        /// `days` or `months`.
        public let unit: String
        /// False for a default that a seller may replace by a displayed policy (Japan's 8 days).
        public let isFloor: Bool
        /// The law counts business days.
        public let businessDays: Bool
        /// The statute and section.
        public let source: String
    }

    /// Something a reply may not say in the market.
    public struct Exclusion: Sendable, Equatable {
        /// The exclusion's key in the law file (`store-credit-only`).
        public let id: String
        /// What the law requires instead, in the UI language.
        public let requirement: String
        /// The statute and section.
        public let source: String
    }

    /// The market the file is for (`de-DE`).
    public let market: String
    /// The withdrawal (cooling-off) period for distance sales; nil when the file states none.
    public let withdrawal: Period?
    /// The longest a refund may take after a withdrawal; nil when the file states none.
    public let refundDeadline: Period?
    /// The statutory guarantee for faulty goods; nil when the file states none.
    public let guarantee: Period?
    /// The exclusions the law forbids, in a fixed order (faulty goods first).
    public let unlawful: [Exclusion]

    /// The minimums of `market` (`de-DE`), or nil when it has no law file.
    public static func builtIn(market: String, uiLanguage: UILanguage) -> LawMinimums? {
        guard let table = LawTable.builtIn(market) else { return nil }
        func period(_ key: String, _ unit: String) -> Period? {
            table.statements[key].map {
                Period(
                    value: $0.value, unit: unit, isFloor: $0.isFloor, businessDays: $0.businessDays, source: $0.source)
            }
        }
        let unlawful = LawTable.Exclusion.allCases.compactMap { exclusion -> Exclusion? in
            guard let source = table.unlawful[exclusion] else { return nil }
            let what = LawMessage.what(exclusion, withdrawal: table.withdrawalDays != nil)
            return Exclusion(
                id: exclusion.rawValue, requirement: uiLanguage == .zhHans ? what.zh : what.en, source: source)
        }
        return LawMinimums(
            market: table.market, withdrawal: period("withdrawal", "days"),
            refundDeadline: period("refund-deadline", "days"), guarantee: period("guarantee", "months"),
            unlawful: unlawful)
    }
}
