import MCP
import TactfulAPI

/// The tools `tactful mcp` offers an AI drafting assistant, with their JSON Schemas. Argument names are those of
/// the HTTP API's request bodies, so one decoder validates both; the input and output schemas are TactfulAPI's
/// ``RequestSchemas`` and ``ResponseSchemas``, which the HTTP service's OpenAPI document publishes too.
enum MCPToolCatalog {
    static let lintDraft = Tool(
        name: "lint_draft",
        description: """
            Check a customer-support reply draft against the customer's market before a human sees it: register, \
            refusals, taboos, formats of dates, money and units, placeholders, personal data, legal wording. \
            Returns findings with suggested rewrites; with rewrite "safe" or "unsafe" also the draft with the \
            rewrites applied and the findings that remain (a rewrite that would add findings or change the \
            placeholders is refused: the draft comes back unchanged, with rewriteRefused saying why).
            """,
        inputSchema: JSONSchema.adding(
            [
                "rewrite": JSONSchema.nullable(
                    JSONSchema.choice(
                        ["none", "safe", "unsafe"],
                        "none (default): only report; safe: apply deterministic fixes; unsafe: also the first rewording."
                    ))
            ], to: RequestSchemas.lint
        ).mcpValue,
        annotations: .init(readOnlyHint: true, openWorldHint: false),
        outputSchema: JSONSchema.object(
            required: ["report": ResponseSchemas.lintReport],
            optional: [
                "rewritten": JSONSchema.string("With rewrite: the draft with the rewrites applied."),
                "applied": JSONSchema.integer("With rewrite: how many rewrites were applied."),
                "remaining": ResponseSchemas.lintReport,
                "rewriteRefused": JSONSchema.string(
                    "With rewrite, when the rewrite was refused because it would introduce new findings or change the placeholders: why (rewritten is then the draft as it was)."
                ),
            ], closed: true
        ).mcpValue)

    static let slaDue = Tool(
        name: "sla_due",
        description: """
            When a reply is due on the team's schedule (business hours, holidays) from a start instant, by a \
            target (8h, 90m) or a channel policy (email, chat…); with the customer's market, also the sentence to \
            tell them in their language and their local time.
            """,
        inputSchema: RequestSchemas.slaDue.mcpValue,
        annotations: .init(readOnlyHint: true, openWorldHint: false),
        outputSchema: ResponseSchemas.slaDue.mcpValue)

    static let listMarkets = Tool(
        name: "list_markets",
        description:
            "The markets Tactful has rule packs for (tag, language, currency, measurement system, clock, time zones), and the channels.",
        inputSchema: RequestSchemas.none.mcpValue,
        annotations: .init(readOnlyHint: true, openWorldHint: false),
        outputSchema: ResponseSchemas.markets.mcpValue)

    static let holidays = Tool(
        name: "holidays",
        description:
            "A market's public holidays (and China's make-up working days) for a year or a date range, each with its source.",
        inputSchema: RequestSchemas.holidays.mcpValue,
        annotations: .init(readOnlyHint: true, openWorldHint: false),
        outputSchema: ResponseSchemas.holidays.mcpValue)

    static let guide = Tool(
        name: "guide",
        description: """
            A market's culture guide for the agent (or the assistant) writing to its customers: register and how to \
            address them, taboos, holidays of the next 60 days, how numbers, dates, prices and units are written, \
            consumer-law minimums with their statutes, regional vocabulary — each line with its source, from the \
            data the lint_draft checks use. format md or html puts the rendered guide in the text content.
            """,
        inputSchema: RequestSchemas.guide.mcpValue,
        annotations: .init(readOnlyHint: true, openWorldHint: false),
        outputSchema: ResponseSchemas.guide.mcpValue)

    static let convertSize = Tool(
        name: "convert_size",
        description:
            "Convert a clothing, shoe or ring size between systems (EU, US, UK, JP…), or recommend sizes from a body measurement; each answer names its charts and where they disagree.",
        inputSchema: RequestSchemas.size.mcpValue,
        annotations: .init(readOnlyHint: true, openWorldHint: false),
        outputSchema: ResponseSchemas.size.mcpValue)

    static let convertMoney = Tool(
        name: "convert_money",
        description:
            "Convert an amount between currencies with the ECB's euro reference rates and write it the customer's way (46,21 €).",
        inputSchema: RequestSchemas.money.mcpValue,
        annotations: .init(readOnlyHint: true, openWorldHint: true),
        outputSchema: ResponseSchemas.money.mcpValue)

    static let convertUnits = Tool(
        name: "convert_units",
        description:
            "Convert a measurement (10 in, 5 ft 11 in, 12 km) into the unit the customer's market uses, or a named unit.",
        inputSchema: RequestSchemas.units.mcpValue,
        annotations: .init(readOnlyHint: true, openWorldHint: false),
        outputSchema: ResponseSchemas.units.mcpValue)

    static let convertDraft = Tool(
        name: "convert_draft",
        description:
            "Rewrite the prices, measurements, dates and times of a reply draft for the customer's market, listing each conversion.",
        inputSchema: RequestSchemas.draftConvert.mcpValue,
        annotations: .init(readOnlyHint: true, openWorldHint: true),
        outputSchema: ResponseSchemas.draft.mcpValue)

    /// Every tool of this build.
    static let all = [
        lintDraft, slaDue, listMarkets, holidays, guide, convertSize, convertMoney, convertUnits, convertDraft,
    ]

    /// The tool called `name`, if this build has one.
    static func named(_ name: String) -> Tool? { all.first { $0.name == name } }
}
