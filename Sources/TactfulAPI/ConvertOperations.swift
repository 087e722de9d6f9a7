import Foundation
import TactfulConvert
import TactfulICU
import TactfulMarkets

/// `GET /v1/size` and the MCP `convert_size` tool: `tactful size`'s arguments.
public struct SizeRequest: Codable, Sendable {
    /// The size as written (8.5, 42⅔); or give `measure`.
    public var size: String?
    /// The size's system (EU, US, UK, JP), with `size`.
    public var from: String?
    /// The systems to convert into, comma-separated (all when absent).
    public var to: String?
    /// The size category (shoes-men, shoes-women, shoes-kids, clothing-women, shirts-men, suits-men, jeans, rings, bras).
    public var category: String
    /// A body measurement instead of a size (26.5cm).
    public var measure: String?
    /// The customer's market: adds a sentence in their language.
    public var market: String?

    /// A request for a size (with `from`) or a measurement in `category`.
    public init(size: String?, from: String?, to: String?, category: String, measure: String?, market: String?) {
        self.size = size
        self.from = from
        self.to = to
        self.category = category
        self.measure = measure
        self.market = market
    }
}

/// `POST /v1/money/convert` and the MCP `convert_money` tool: `tactful money convert`'s arguments.
public struct MoneyRequest: Codable, Sendable {
    /// The amount as written (49.99, 1.234,50).
    public var amount: String
    /// Its ISO 4217 currency.
    public var currency: String
    /// The currency to convert into.
    public var to: String
    /// Format for this market (default English).
    public var market: String?
    /// Round as for cash payment (CHF to 0.05).
    public var cash: Bool?

    /// A request to convert `amount` of `currency` into `to`.
    public init(amount: String, currency: String, to: String, market: String? = nil, cash: Bool? = nil) {
        self.amount = amount
        self.currency = currency
        self.to = to
        self.market = market
        self.cash = cash
    }
}

/// The MCP `convert_units` tool: `tactful units`'s arguments.
public struct UnitsRequest: Codable, Sendable {
    /// The quantity as written (10 in, 5 ft 11 in, 12 km).
    public var quantity: String
    /// The customer's market: its preferred unit for the usage.
    public var market: String?
    /// A target unit instead (centimeter, foot-and-inch).
    public var to: String?
    /// The CLDR usage (default, person-height, road, weather, fluid…), without `to`.
    public var usage: String?

    /// A request to convert `quantity` for `market`, or into `to`.
    public init(quantity: String, market: String? = nil, to: String? = nil, usage: String? = nil) {
        self.quantity = quantity
        self.market = market
        self.to = to
        self.usage = usage
    }
}

/// `POST /v1/convert` and the MCP `convert_draft` tool: `tactful convert`'s arguments.
public struct DraftConvertRequest: Codable, Sendable {
    /// The draft.
    public var text: String
    /// The customer's market.
    public var market: String
    /// Also convert sizes named with their system, in this size category.
    public var category: String?
    /// The language(s) the draft is written in, comma-separated BCP-47 tags: dates are read in them and in English.
    /// Default: the market's language.
    public var draftLanguage: String?

    /// A request with its fields.
    public init(text: String, market: String, category: String? = nil, draftLanguage: String? = nil) {
        (self.text, self.market, self.category, self.draftLanguage) = (text, market, category, draftLanguage)
    }
}

extension TactfulEngine {
    /// The sizes of other systems for a size or a body measurement: what `tactful size --format json` prints.
    /// `chart` is a store's own chart for the category (`tactful size --chart FILE`), used instead of the built-in one.
    public func size(_ request: SizeRequest, chart: SizeTable? = nil) throws(FieldError) -> SizeAnswer {
        let table: SizeTable
        if let chart { table = chart } else { table = try Self.table(request.category) }
        let converter = SizeConverter(table: table)
        let targets = request.to?.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
        let locale = try request.market.map { tag throws(FieldError) in try self.locale(tag) } ?? ICU.LocaleID.english
        var answer: SizeAnswer
        switch (request.size, request.from, request.measure) {
        case (nil, _, let measure?):
            answer = try convert("measure") { () throws(ConvertError) in
                try converter.recommend(measure: measure, to: targets, units: QuantityConverter(locale: locale))
            }
        case (let size?, let from?, nil):
            answer = try convert("size") { () throws(ConvertError) in
                try converter.convert(size: size, from: from, to: targets)
            }
        case (.some, nil, nil): throw FieldError("from", "is required with size (EU, US, UK, JP…)")
        case (.some, _, .some): throw FieldError("measure", "give either size or measure, not both")
        case (nil, _, nil): throw FieldError("size", "is required (or measure)")
        }
        if request.market != nil {
            answer.sentence = try convert("market") { () throws(ConvertError) in
                try SizeSentence(locale: locale).sentence(for: answer)
            }
        }
        return answer
    }

    /// An amount in another currency, written the market's way: what `tactful money convert --format json` prints.
    public func money(_ request: MoneyRequest, rates: ProvidedRates) throws(FieldError) -> MoneyConversion {
        let (amount, locale) = try checkMoney(request)
        let converter = MoneyConverter(rates: rates, formatter: MoneyFormatter(locale: locale))
        return try convert("to") { () throws(ConvertError) in
            try converter.convert(
                amount, from: request.currency.uppercased(), to: request.to.uppercased(), cash: request.cash ?? false)
        }
    }

    /// Checks a money request before any exchange rates are fetched (a door then downloads nothing for a bad
    /// request): the amount, both currencies and the market; the amount and the locale to write it in.
    @discardableResult
    public func checkMoney(_ request: MoneyRequest) throws(FieldError) -> (amount: Decimal, locale: ICU.LocaleID) {
        let amount = try Self.amount(request.amount)
        _ = try convert("currency") { () throws(ConvertError) in try CurrencyRounding(currency: request.currency) }
        _ = try convert("to") { () throws(ConvertError) in try CurrencyRounding(currency: request.to) }
        let locale = try request.market.map { tag throws(FieldError) in try self.locale(tag) } ?? ICU.LocaleID.english
        return (amount, locale)
    }

    /// An amount as written (`49.99`, `1.234,50`, `-42`).
    ///
    /// Accounting parentheses (`(42)`) are refused with their own message: ICU's accounting-currency parse does not
    /// read them either (it needs the currency symbol inside, `($42.00)` in en-US, and most markets' accounting
    /// formats have no parentheses at all), so a refund is written with a minus sign.
    public static func amount(_ text: String) throws(FieldError) -> Decimal {
        if let value = NumberText.parse(text) { return value }
        let inner = text.trimmingCharacters(in: .whitespaces)
        if inner.count > 2, inner.first == "(", inner.last == ")",
            let value = NumberText.parse(String(inner.dropFirst().dropLast())), value > 0
        {
            throw FieldError(
                "amount",
                "'\(text)' is accounting notation, which is not read as an amount; "
                    + "write -\(inner.dropFirst().dropLast()) for a negative amount")
        }
        throw FieldError("amount", "'\(text)' is not an amount")
    }

    /// A quantity in the market's unit (or a named one): what `tactful units --format json` prints.
    public func units(_ request: UnitsRequest) throws(FieldError) -> UnitConversion {
        guard request.usage == nil || request.to == nil else { throw FieldError("usage", "applies only without to") }
        let written = try convert("quantity") { () throws(ConvertError) in try QuantityParser.parse(request.quantity) }
        let locale = try request.market.map { tag throws(FieldError) in try self.locale(tag) } ?? ICU.LocaleID.english
        let converter = QuantityConverter(locale: locale)
        if let to = request.to {
            let target = try convert("to") { () throws(ConvertError) in try UnitTarget(named: to) }
            return try convert("to") { () throws(ConvertError) in try converter.convert(written, to: target) }
        }
        return try convert("usage") { () throws(ConvertError) in try converter.localize(written, usage: request.usage) }
    }

    /// True when converting `request`'s draft needs exchange rates (it names a foreign price).
    public func needsRates(_ request: DraftConvertRequest) throws(FieldError) -> Bool {
        DraftConverter.needsRates(
            request.text, currency: try resolveMarket(request.market, acceptLanguage: nil).currency)
    }

    /// The draft with its prices, measurements, dates and times rewritten for the market: what
    /// `tactful convert --format json` prints. Without rates, foreign prices are left as they are, with a warning.
    /// `chart` is a store's own chart for the category (`tactful convert --chart FILE`), used instead of the built-in
    /// one.
    public func convertDraft(_ request: DraftConvertRequest, rates: ProvidedRates?, chart: SizeTable? = nil)
        throws(FieldError) -> DraftResult
    {
        let market = try resolveMarket(request.market, acceptLanguage: nil)
        let sizes = try request.category.map { name throws(FieldError) in
            if let chart { return SizeConverter(table: chart) }
            return SizeConverter(table: try Self.table(name))
        }
        let languages = try request.draftLanguage.map { list throws(FieldError) in
            try list.split(separator: ",").map { tag throws(FieldError) in
                try locale(String(tag).trimmingCharacters(in: .whitespaces), field: "draftLanguage")
            }
        }
        let converter = DraftConverter(
            locale: try locale(request.market), currency: market.currency, rates: rates, sizes: sizes,
            draftLanguages: languages)
        return converter.convert(request.text)
    }

    /// The locale to format for in a market, named by the market's own tag (`de-DE`, `zh-HK`): validated as the
    /// market is, without building it (its clock, week and zones), so that a converter starts fast.
    private func locale(_ tag: String, field: String = "market") throws(FieldError) -> ICU.LocaleID {
        do {
            let maximized = try linters.resolver.validatedLocale(tag)
            return (try? ICU.LocaleID(tag: PackNames.name(of: maximized))) ?? maximized
        } catch { throw FieldError(field, "\(error)") }
    }

    private static func table(_ name: String) throws(FieldError) -> SizeTable {
        guard let category = SizeCategory(rawValue: name) else {
            throw FieldError(
                "category", "'\(name)' is not one of: \(SizeCategory.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        do { return try SizeTableReader.builtIn(category) } catch { throw FieldError("category", "\(error)") }
    }

    private func convert<T>(_ field: String, _ work: () throws(ConvertError) -> T) throws(FieldError) -> T {
        do { return try work() } catch { throw FieldError(field, "\(error)") }
    }
}

/// Where a door gets exchange rates when a request needs them (a file, or the ECB's daily file through a cache);
/// the CLI decides, since reading files, the network and the clock is its business, not the library's.
public typealias RatesSource = @Sendable () async throws -> ProvidedRates
