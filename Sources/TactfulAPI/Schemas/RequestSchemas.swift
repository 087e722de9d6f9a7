import TactfulConvert
import TactfulLint

/// The JSON Schemas of the operations' requests (``LintRequest``, ``SLADueRequest``…): the MCP tools' arguments and
/// the HTTP service's bodies and query parameters, with one description per field for both. Optional fields may be
/// null (read as absent).
public enum RequestSchemas {
    /// ``LintRequest``.
    public static let lint = request(
        required: ["text": JSONSchema.string("The reply draft.")],
        optional: [
            "market": JSONSchema.string("The customer's market: a locale tag (de-DE, ja-JP, en-GB) or region (JP)."),
            "acceptLanguage": JSONSchema.string("The customer's Accept-Language header, used when market is absent."),
            "channel": JSONSchema.choice(Channel.allCases.map(\.rawValue), "Where the reply goes."),
            "uiLanguage": JSONSchema.choice(UILanguage.allCases.map(\.rawValue), "Language of the messages."),
            "teamTimeZone": JSONSchema.string(
                "The support team's IANA time zone (Asia/Shanghai): times without a zone to customers on another clock are flagged."
            ),
        ])

    /// ``SLADueRequest``.
    public static let slaDue = request(
        required: [
            "schedule": [
                "description":
                    "The team schedule: YAML text or a JSON object with timezone, hours (mon: [\"09:00-18:00\"]), optional holidays (a market such as CN), closed, open.",
                "type": ["string", "object"],
            ],
            "from": JSONSchema.string("When the clock starts, ISO 8601 with Z or an offset."),
        ],
        optional: [
            "target": JSONSchema.string("The target: 8h, 90m, 1h30m (or give policy)."),
            "calendar": JSONSchema.boolean("Count calendar time instead of open hours."),
            "policy": JSONSchema.string("A channel's SLA policy: chat, email, social, phone."),
            "priority": JSONSchema.string("The policy's priority override, from the config."),
            "metric": JSONSchema.choice(
                ["first-reply", "next-reply", "resolution"], "What the policy target measures."),
            "market": JSONSchema.string("The customer's market, for a sentence in their language."),
            "customerTz": JSONSchema.string("The customer's IANA time zone (needed for markets with several)."),
            "now": JSONSchema.string("The current instant (default: the clock), ISO 8601."),
        ])

    /// ``HolidaysRequest``.
    public static let holidays = request(
        required: ["market": JSONSchema.string("A region (DE, CN) or a locale tag (de-DE).")],
        optional: [
            "year": JSONSchema.integer("The year (default: the current year).", minimum: 1900, maximum: 2200),
            "from": JSONSchema.string("First date of a range, YYYY-MM-DD (with to)."),
            "to": JSONSchema.string("Last date of a range, YYYY-MM-DD (with from)."),
            "uiLanguage": JSONSchema.string("Language of the names, e.g. en (default: the market's)."),
        ])

    /// ``GuideRequest``.
    public static let guide = request(
        required: ["market": JSONSchema.string("The customer's market: a locale tag (de-DE, ja-JP) or region (JP).")],
        optional: [
            "uiLanguage": JSONSchema.choice(
                UILanguage.allCases.map(\.rawValue), "Language of headings and messages (default en)."),
            "from": JSONSchema.string("First day of the 60 days of holidays, YYYY-MM-DD (default: today)."),
            "format": JSONSchema.choice(
                GuideFormat.allCases.map(\.rawValue),
                "md or html: the guide rendered as text (HTTP: the body; MCP: the text content); json (default): the JSON."
            ),
        ])

    /// ``SizeRequest``.
    public static let size = request(
        required: ["category": JSONSchema.choice(sizeCategories, "The size category.")],
        optional: [
            "size": JSONSchema.string("The size as written (8.5, 42⅔); or give measure."),
            "from": JSONSchema.string("The size's system: EU, US, UK, JP… (with size)."),
            "to": JSONSchema.string("Systems to convert into, comma-separated (all when absent)."),
            "measure": JSONSchema.string(
                "A body measurement instead of a size, e.g. 26.5cm (foot length); bras: underbust,bust (74cm,88cm)."),
            "market": JSONSchema.string("The customer's market: adds a sentence in their language."),
        ])

    /// ``MoneyRequest``.
    public static let money = request(
        required: [
            "amount": JSONSchema.string("The amount as written, e.g. 49.99."),
            "currency": JSONSchema.string("Its ISO 4217 code, e.g. USD."),
            "to": JSONSchema.string("The currency to convert into, e.g. EUR."),
        ],
        optional: [
            "market": JSONSchema.string("Format for this market (default English)."),
            "cash": JSONSchema.boolean("Round as for cash payment (CHF to 0.05)."),
        ])

    /// ``UnitsRequest``.
    public static let units = request(
        required: ["quantity": JSONSchema.string("The quantity as written.")],
        optional: [
            "market": JSONSchema.string("The customer's market: its preferred unit."),
            "to": JSONSchema.string("A target unit instead, e.g. centimeter."),
            "usage": JSONSchema.string("CLDR usage: default, person-height, road, weather, fluid…"),
        ])

    /// ``DraftConvertRequest``.
    public static let draftConvert = request(
        required: [
            "text": JSONSchema.string("The reply draft."),
            "market": JSONSchema.string("The customer's market."),
        ],
        optional: [
            "category": JSONSchema.choice(
                sizeCategories, "Also convert sizes named with their system in this category."),
            "draftLanguage": JSONSchema.string(
                "The language(s) the draft is written in, comma-separated (de, fr…): dates are read in them and in English; default: the market's language."
            ),
        ])

    /// No arguments (``TactfulEngine/marketList()``).
    public static let none = request()

    /// A request's object schema: open (other fields are ignored), and its optional fields may be null, since the
    /// decoders read null as absent.
    private static func request(required: [String: JSONValue] = [:], optional: [String: JSONValue] = [:])
        -> JSONValue
    {
        JSONSchema.object(required: required, optional: optional.mapValues(JSONSchema.nullable), closed: false)
    }

    private static let sizeCategories = SizeCategory.allCases.map(\.rawValue)
}
