import Synchronization
import TactfulData
import TactfulYAML

/// One market's consumer-law minimums, read from `Glossaries/law/<market>.yml` (the file's header documents the
/// keys): the withdrawal period for distance sales, the longest a refund may take, the statutory guarantee, and
/// the exclusions a seller may not make — each with the statute it comes from.
struct LawTable: Sendable {
    /// A statutory number of days or months and where it comes from.
    struct Minimum: Sendable {
        let value: Int
        let source: String
        /// The law counts business days (Korea's refund within 3 영업일, Mexico's 5 días hábiles).
        var businessDays = false

        /// The most calendar days the value can span: a weekend for every five business days, and one more.
        var longestInCalendarDays: Int { businessDays ? value + 2 * ((value + 4) / 5) : value }
    }

    /// What a reply may not say in this market.
    enum Exclusion: String, CaseIterable, Sendable {
        case faultyRefused = "faulty-refused"
        case saleItems = "sale-items"
        case opened
        case storeCreditOnly = "store-credit-only"
        case returnCostFaulty = "return-cost-faulty"
        case returnCostWithdrawal = "return-cost-withdrawal"
        case initialDeliveryKept = "initial-delivery-kept"
        case warrantyVoid = "warranty-void"
        case feeOnWithdrawal = "fee-on-withdrawal"
        case manufacturerRedirect = "manufacturer-redirect"
        case withdrawalRefused = "withdrawal-refused"
        case lateCancellationRefused = "late-cancellation-refused"
        case carrierRedirect = "carrier-redirect"
        case warrantyExpired = "warranty-expired"
        case giftCardExpiry = "gift-card-expiry"
    }

    /// A period as the file states it, floor or not, for the market's guide (``LawMinimums``).
    struct Statement: Sendable {
        /// Days or months; nil when the law sets none (`days: null`).
        let value: Int?
        let source: String
        /// False for a default a seller may replace by a displayed policy (`floor: false`, Japan's 8 days).
        let isFloor: Bool
        let businessDays: Bool
    }

    let market: String
    /// Days the customer may withdraw from a distance sale (nil: no statutory right).
    let withdrawalDays: Minimum?
    /// Most days a refund may take after a withdrawal.
    let refundDeadlineDays: Minimum?
    /// Months of statutory guarantee for faulty goods (nil: no fixed period).
    let guaranteeMonths: Minimum?
    /// Months after delivery within which a fault is presumed present at delivery, where the law sets no guarantee
    /// period but shifts the burden of proof (`defect-presumption`: the UK's and Singapore's six months).
    var defectPresumptionMonths: Minimum? = nil
    /// The exclusions the market's law forbids, with the statute.
    let unlawful: [Exclusion: String]
    /// `withdrawal`, `refund-deadline` and `guarantee` as stated, by key (keys that are null or absent are left out).
    var statements: [String: Statement] = [:]

    /// The table of a market ("de-DE"), read once per process; nil when the market has no file.
    static func builtIn(_ market: String) -> LawTable? {
        if let known = cache.withLock({ $0[market] }) { return known }
        let path = "Glossaries/law/\(market).yml"
        let table = BuiltInData.text(at: path).flatMap { try? read($0, path: path) }
        cache.withLock { $0[market] = .some(table) }
        return table
    }

    private static let cache = Mutex<[String: LawTable?]>([:])

    static func read(_ text: String, path: String) throws(PackError) -> LawTable {
        let file = try YAMLMap.parse(text, path: path)
        let market = try file.string("market")
        for key in ["laws", "note", "lawful-exceptions"] { _ = file.node(key) }
        let withdrawal = try minimum(file, "withdrawal", unit: "days")
        let refund = try minimum(file, "refund-deadline", unit: "days")
        let guarantee = try minimum(file, "guarantee", unit: "months")
        let presumption = try minimum(file, "defect-presumption", unit: "months")
        var unlawful: [Exclusion: String] = [:]
        if let map = try file.map("unlawful") {
            for (key, node) in map.entries {
                guard let exclusion = Exclusion(rawValue: key) else {
                    let known = Exclusion.allCases.map(\.rawValue).joined(separator: ", ")
                    throw map.error(node, "unknown exclusion '\(key)' (expected one of: \(known))")
                }
                let entry = try YAMLMap(node, path: path)
                unlawful[exclusion] = try entry.string("source")
                for key in ["url", "checked", "note"] { _ = entry.node(key) }
                try entry.rejectUnknownKeys()
            }
        }
        try file.rejectUnknownKeys()
        var statements: [String: Statement] = [:]
        for (key, unit) in [("withdrawal", "days"), ("refund-deadline", "days"), ("guarantee", "months")] {
            statements[key] = try statement(file, key, unit: unit)
        }
        return LawTable(
            market: market, withdrawalDays: withdrawal, refundDeadlineDays: refund,
            guaranteeMonths: guarantee, defectPresumptionMonths: presumption, unlawful: unlawful, statements: statements
        )
    }

    /// `key` as stated (read after ``minimum(_:_:unit:)`` has checked it), or nil when it is null or absent.
    private static func statement(_ file: YAMLMap, _ key: String, unit: String) throws(PackError) -> Statement? {
        guard let node = file.node(key), !isNull(node) else { return nil }
        let map = try YAMLMap(node, path: file.path)
        let value = map.node(unit).flatMap { isNull($0) ? nil : $0.int }
        return Statement(
            value: value, source: try map.string("source"), isFloor: try map.bool("floor") ?? true,
            businessDays: try map.bool("business-days") ?? false)
    }

    /// `key: {days: 14, source: …}`, or nil for `key: null`, a null number or an absent key.
    private static func minimum(_ file: YAMLMap, _ key: String, unit: String) throws(PackError) -> Minimum? {
        guard let node = file.node(key), !isNull(node) else { return nil }
        let map = try YAMLMap(node, path: file.path)
        for key in ["counted-from", "url", "checked", "note"] { _ = map.node(key) }
        let source = try map.string("source")
        let valueNode = map.node(unit)
        // `floor: false`: the law's default that a seller may replace by a displayed policy (Japan's 8 days).
        let floor = try map.bool("floor") ?? true
        let businessDays = try map.bool("business-days") ?? false
        try map.rejectUnknownKeys()
        guard let valueNode, !isNull(valueNode), floor else { return nil }
        guard let value = valueNode.int, value > 0 else {
            throw map.error(valueNode, "'\(unit)' must be a whole number above 0")
        }
        return Minimum(value: value, source: source, businessDays: businessDays)
    }

    private static func isNull(_ node: YAMLValue) -> Bool { node.scalar?.isNull ?? false }
}
