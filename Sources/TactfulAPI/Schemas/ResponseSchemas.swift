import TactfulLint
import TactfulMarkets
import TactfulTime

/// The JSON Schemas of the operations' answers: what `tactful … --format json` prints, `/v1/*` returns and the MCP
/// tools give as structured content. Objects are closed: the conformance tests validate real answers against
/// these, so a field added to a type must be added here too. (The converters' are in `ResponseSchemas+Converters`.)
public enum ResponseSchemas {
    /// ``LintReport``: `tactful lint --format json`.
    public static let lintReport = JSONSchema.object(
        required: [
            "files": JSONSchema.array(
                JSONSchema.object(
                    required: [
                        "path": JSONSchema.string(), "market": JSONSchema.string(),
                        "channel": JSONSchema.choice(Channel.allCases.map(\.rawValue)),
                        "findings": JSONSchema.array(finding),
                    ],
                    optional: [
                        "language": JSONSchema.string("The language the reply is written in, when it can be told.")
                    ],
                    closed: true)),
            "summary": JSONSchema.object(
                required: [
                    "files": JSONSchema.integer(), "findings": JSONSchema.integer(), "errors": JSONSchema.integer(),
                    "warnings": JSONSchema.integer(), "infos": JSONSchema.integer(),
                    "categories": JSONSchema.dictionary(of: JSONSchema.integer(), "Findings by category."),
                ], closed: true),
        ], closed: true, description: "The findings of a draft, with totals.")

    /// ``Finding``.
    static let finding = JSONSchema.object(
        required: [
            "rule": JSONSchema.string(), "category": JSONSchema.choice(Category.allCases.map(\.rawValue)),
            "severity": JSONSchema.choice(Severity.allCases.map(\.rawValue)),
            "confidence": JSONSchema.choice(Confidence.allCases.map(\.rawValue)),
            "message": JSONSchema.string(), "match": JSONSchema.string(),
            "line": JSONSchema.integer(), "column": JSONSchema.integer("In UTF-16 code units, from 1."),
            "endLine": JSONSchema.integer(), "endColumn": JSONSchema.integer(),
            "fixes": JSONSchema.array(
                JSONSchema.object(
                    required: [
                        "replacement": JSONSchema.string(), "description": JSONSchema.string(),
                        "safe": JSONSchema.boolean(), "suggestion": JSONSchema.boolean(),
                    ], closed: true)),
        ], closed: true)

    /// ``MarketsResponse``: `GET /v1/markets`.
    public static let markets = JSONSchema.object(
        required: [
            "markets": JSONSchema.array(market),
            "channels": JSONSchema.array(JSONSchema.string()),
            "uiLanguages": JSONSchema.array(JSONSchema.string()),
            "defaultChannel": JSONSchema.string(),
        ],
        optional: ["defaultMarket": JSONSchema.string()], closed: true,
        description: "The markets with packs, and the choices for pickers.")

    /// ``Market``: `tactful markets --format json`.
    static let market = JSONSchema.object(
        required: [
            "tag": JSONSchema.string(), "requested": JSONSchema.string(), "name": JSONSchema.string(),
            "language": JSONSchema.string(), "script": JSONSchema.string(), "region": JSONSchema.string(),
            "currency": JSONSchema.string(),
            // ICU.MeasurementSystem and ICU.HourCycle.
            "measurementSystem": JSONSchema.choice(["metric", "us", "uk"]),
            "hourCycle": JSONSchema.choice(["h11", "h12", "h23", "h24"]),
            "uses24HourClock": JSONSchema.boolean(), "firstWeekday": weekday,
            "weekend": JSONSchema.array(weekday), "timeZones": JSONSchema.array(JSONSchema.string()),
            "chain": JSONSchema.array(JSONSchema.string()),
        ], closed: true)

    private static let weekday = JSONSchema.choice(Weekday.allCases.map(\.rawValue))

    /// ``HolidayReport``: `tactful holidays --format json`.
    public static let holidays = JSONSchema.object(
        required: [
            "market": JSONSchema.string(), "language": JSONSchema.string(),
            "holidays": JSONSchema.array(
                JSONSchema.object(
                    required: [
                        "date": JSONSchema.string(), "name": JSONSchema.string(), "observed": JSONSchema.boolean(),
                        "estimated": JSONSchema.boolean(), "source": JSONSchema.string(),
                    ],
                    optional: ["dateText": JSONSchema.string()], closed: true)),
            "workdays": JSONSchema.array(
                JSONSchema.object(
                    required: [
                        "date": JSONSchema.string(), "name": JSONSchema.string(), "source": JSONSchema.string(),
                    ],
                    closed: true)),
        ],
        optional: ["year": JSONSchema.integer(), "from": JSONSchema.string(), "to": JSONSchema.string()],
        closed: true, description: "A market's holidays and make-up workdays.")

    /// ``SLADueReport``: `tactful sla due --format json`.
    public static let slaDue = JSONSchema.object(
        required: [
            "due": JSONSchema.string(), "dueInScheduleZone": JSONSchema.string(), "from": JSONSchema.string(),
            "target": JSONSchema.string(), "targetSeconds": JSONSchema.number(),
            "clock": JSONSchema.choice(SLAClockKind.allCases.map(\.rawValue)), "timeZone": JSONSchema.string(),
            "scheduleTimeZone": JSONSchema.string(),
        ],
        optional: [
            "policy": JSONSchema.object(
                required: [
                    "channel": JSONSchema.string(), "metric": JSONSchema.string(), "source": JSONSchema.string(),
                ],
                optional: ["priority": JSONSchema.string()], closed: true),
            "customer": JSONSchema.object(
                required: [
                    "market": JSONSchema.string(), "view": customerDueTime,
                    "customerHolidays": JSONSchema.array(slaHoliday), "teamHolidays": JSONSchema.array(slaHoliday),
                ], closed: true),
        ], closed: true, description: "When a reply is due, and what to tell the customer.")

    private static let customerDueTime = JSONSchema.object(
        required: [
            "timeZone": JSONSchema.string(), "due": JSONSchema.string(), "dueText": JSONSchema.string(),
            "sentence": JSONSchema.string(), "sentenceLanguage": JSONSchema.string(),
            "localTimeNow": JSONSchema.string(), "localTimeNowText": JSONSchema.string(),
            "isNight": JSONSchema.boolean(),
        ], closed: true)

    private static let slaHoliday = JSONSchema.object(
        required: [
            "date": JSONSchema.string(), "name": JSONSchema.string(), "observed": JSONSchema.boolean(),
            "estimated": JSONSchema.boolean(),
        ],
        optional: ["dateText": JSONSchema.string()], closed: true)
}
