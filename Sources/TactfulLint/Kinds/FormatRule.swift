/// `kind: format` — numbers written in a convention foreign to the market: currency, units, clock, dates.
/// Each check takes the market's conventions from ``Market`` (currency, measurement system, hour cycle) and
/// formats its fixes with ICU for the market, never from a per-rule list of countries.
///
/// ```yaml
/// check: currency        # currency | units | clock | numeric-date | time-zone | foreign-zone
/// mixed-date-order: [CA]  # numeric-date only: regions where both day–month orders are in use, so every
///                         # numeric date but ISO 8601 is ambiguous whatever CLDR's pattern says
/// mixed-day-month-order: [HK]  # numeric-date only: regions where a day and month without a year is read both
///                              # ways, so an ambiguous one is reported as well as one in another order; full
///                              # dates there follow CLDR's pattern
/// ```
struct FormatRule: RuleKind {
    enum Check: String, CaseIterable {
        case currency, units, clock
        case numericDate = "numeric-date"
        case timeZone = "time-zone"
        case foreignZone = "foreign-zone"
    }

    let info: RuleInfo
    let check: Check
    /// Regions (ISO 3166) where numeric dates are written in both orders: any numeric date there is ambiguous.
    let mixedDateOrder: Set<String>
    /// Regions where a day and month without a year is read in both orders, and full dates in CLDR's.
    let mixedDayMonthOrder: Set<String>

    init(info: RuleInfo, map: YAMLMap) throws(PackError) {
        self.info = info
        guard let check = try map.choice("check", Check.self) else { throw map.error(map.node, "missing 'check'") }
        self.check = check
        mixedDateOrder = Set(try map.strings("mixed-date-order"))
        mixedDayMonthOrder = Set(try map.strings("mixed-day-month-order"))
    }

    func findings(in context: LintContext, hits: [LiteralHit]) throws(LintError) -> [Finding] {
        guard context.document.hasDigits else { return [] }
        return switch check {
        case .currency: try CurrencyCheck.findings(info, context)
        case .units: try UnitsCheck.findings(info, context)
        case .clock: try ClockCheck.findings(info, context)
        case .numericDate:
            try DateCheck.findings(
                info, context, mixedOrder: mixedDateOrder.contains(context.market.region),
                mixedDayMonthOrder: mixedDayMonthOrder.contains(context.market.region))
        case .timeZone: try ZoneCheck.findings(info, context)
        case .foreignZone: try ForeignZoneCheck.findings(info, context)
        }
    }
}
