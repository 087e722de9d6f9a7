import MCP
import TactfulConvert

/// The tools `tactful mcp` offers an AI drafting assistant, with their JSON Schemas. Argument names are those of
/// the HTTP API's request bodies, so one decoder validates both.
enum MCPToolCatalog {
    static let lintDraft = Tool(
        name: "lint_draft",
        description: """
            Check a customer-support reply draft against the customer's market before a human sees it: register, \
            refusals, taboos, formats of dates, money and units, placeholders, personal data, legal wording. \
            Returns findings with suggested rewrites; with rewrite "safe" or "unsafe" also the draft with the \
            rewrites applied and the findings that remain.
            """,
        inputSchema: object(
            [
                "text": string("The reply draft."),
                "market": string("The customer's market: a locale tag (de-DE, ja-JP, en-GB) or region (JP)."),
                "acceptLanguage": string("The customer's Accept-Language header, used when market is absent."),
                "channel": choice("Where the reply goes.", ["email", "chat", "sms", "social"]),
                "uiLanguage": choice("Language of the messages.", ["en", "zh-Hans"]),
                "teamTimeZone": string(
                    "The support team's IANA time zone (Asia/Shanghai): times without a zone to customers on another clock are flagged."),
                "rewrite": choice(
                    "none (default): only report; safe: apply deterministic fixes; unsafe: also the first rewording.",
                    ["none", "safe", "unsafe"]),
            ], required: ["text"]),
        annotations: .init(readOnlyHint: true, openWorldHint: false))

    static let slaDue = Tool(
        name: "sla_due",
        description: """
            When a reply is due on the team's schedule (business hours, holidays) from a start instant, by a \
            target (8h, 90m) or a channel policy (email, chat…); with the customer's market, also the sentence to \
            tell them in their language and their local time.
            """,
        inputSchema: object(
            [
                "schedule": [
                    "description":
                        "The team schedule: YAML text or a JSON object with timezone, hours (mon: [\"09:00-18:00\"]), optional holidays (a market such as CN), closed, open.",
                    "type": ["string", "object"],
                ],
                "from": string("When the clock starts, ISO 8601 with Z or an offset."),
                "target": string("The target: 8h, 90m, 1h30m (or give policy)."),
                "calendar": ["type": "boolean", "description": "Count calendar time instead of open hours."],
                "policy": string("A channel's SLA policy: chat, email, social, phone."),
                "priority": string("The policy's priority override, from the config."),
                "metric": choice("What the policy target measures.", ["first-reply", "next-reply", "resolution"]),
                "market": string("The customer's market, for a sentence in their language."),
                "customerTz": string("The customer's IANA time zone (needed for markets with several)."),
                "now": string("The current instant (default: the clock), ISO 8601."),
            ], required: ["schedule", "from"]),
        annotations: .init(readOnlyHint: true, openWorldHint: false))

    static let listMarkets = Tool(
        name: "list_markets",
        description:
            "The markets Tactful has rule packs for (tag, language, currency, measurement system, clock, time zones), and the channels.",
        inputSchema: object([:], required: []),
        annotations: .init(readOnlyHint: true, openWorldHint: false))

    static let holidays = Tool(
        name: "holidays",
        description:
            "A market's public holidays (and China's make-up working days) for a year or a date range, each with its source.",
        inputSchema: object(
            [
                "market": string("A region (DE, CN) or a locale tag (de-DE)."),
                "year": ["type": "integer", "description": "The year (default: the current year)."],
                "from": string("First date of a range, YYYY-MM-DD (with to)."),
                "to": string("Last date of a range, YYYY-MM-DD (with from)."),
                "uiLanguage": string("Language of the names, e.g. en (default: the market's)."),
            ], required: ["market"]),
        annotations: .init(readOnlyHint: true, openWorldHint: false))

    static let convertSize = Tool(
        name: "convert_size",
        description:
            "Convert a clothing, shoe or ring size between systems (EU, US, UK, JP…), or recommend sizes from a body measurement; each answer names its charts and where they disagree.",
        inputSchema: object(
            [
                "size": string("The size as written (8.5, 42⅔); or give measure."),
                "from": string("The size's system: EU, US, UK, JP… (with size)."),
                "to": string("Systems to convert into, comma-separated (all when absent)."),
                "category": choice("The size category.", sizeCategories),
                "measure": string(
                    "A body measurement instead of a size, e.g. 26.5cm (foot length); bras: underbust,bust (74cm,88cm)."
                ),
                "market": string("The customer's market: adds a sentence in their language."),
            ], required: ["category"]),
        annotations: .init(readOnlyHint: true, openWorldHint: false))

    static let convertMoney = Tool(
        name: "convert_money",
        description:
            "Convert an amount between currencies with the ECB's euro reference rates and write it the customer's way (46,21 €).",
        inputSchema: object(
            [
                "amount": string("The amount as written, e.g. 49.99."),
                "currency": string("Its ISO 4217 code, e.g. USD."),
                "to": string("The currency to convert into, e.g. EUR."),
                "market": string("Format for this market (default English)."),
                "cash": ["type": "boolean", "description": "Round as for cash payment (CHF to 0.05)."],
            ], required: ["amount", "currency", "to"]),
        annotations: .init(readOnlyHint: true, openWorldHint: true))

    static let convertUnits = Tool(
        name: "convert_units",
        description:
            "Convert a measurement (10 in, 5 ft 11 in, 12 km) into the unit the customer's market uses, or a named unit.",
        inputSchema: object(
            [
                "quantity": string("The quantity as written."),
                "market": string("The customer's market: its preferred unit."),
                "to": string("A target unit instead, e.g. centimeter."),
                "usage": string("CLDR usage: default, person-height, road, weather, fluid…"),
            ], required: ["quantity"]),
        annotations: .init(readOnlyHint: true, openWorldHint: false))

    static let convertDraft = Tool(
        name: "convert_draft",
        description:
            "Rewrite the prices, measurements, dates and times of a reply draft for the customer's market, listing each conversion.",
        inputSchema: object(
            [
                "text": string("The reply draft."),
                "market": string("The customer's market."),
                "category": choice("Also convert sizes named with their system in this category.", sizeCategories),
                "draftLanguage": string(
                    "The language(s) the draft is written in, comma-separated (de, fr…): dates are read in them and in English; default: the market's language."
                ),
            ], required: ["text", "market"]),
        annotations: .init(readOnlyHint: true, openWorldHint: true))

    private static let sizeCategories = SizeCategory.allCases.map(\.rawValue)

    /// Every tool of this build.
    static let all = [lintDraft, slaDue, listMarkets, holidays, convertSize, convertMoney, convertUnits, convertDraft]

    private static func object(_ properties: [String: Value], required: [String]) -> Value {
        ["type": "object", "properties": .object(properties), "required": .array(required.map { .string($0) })]
    }

    private static func string(_ description: String) -> Value {
        ["type": "string", "description": .string(description)]
    }

    private static func choice(_ description: String, _ values: [String]) -> Value {
        ["type": "string", "description": .string(description), "enum": .array(values.map { .string($0) })]
    }
}
