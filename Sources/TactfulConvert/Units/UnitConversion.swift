/// The result of converting a quantity: the `tactful units --format json` object.
public struct UnitConversion: Encodable, Sendable {
    /// A quantity in one unit, as JSON: `{"unit":"inch","value":11}`.
    public struct Part: Encodable, Sendable, Equatable {
        /// The amount.
        public let value: Double
        /// The CLDR unit name.
        public let unit: String
    }

    /// The converted amount in `unit` (for a mixed unit, in its largest part: 5.9167 foot-and-inch).
    public let value: Double
    /// The CLDR unit name of the result: `centimeter`, `foot-and-inch`.
    public let unit: String
    /// The result formatted by ICU for the locale, e.g. `25,4 cm`, `5 ft, 11 in`.
    public let formatted: String
    /// For a mixed unit, its parts as shown (`5 foot`, `11 inch`); otherwise the single part.
    public let parts: [Part]
    /// What was converted, in the smallest unit written.
    public let input: Part
    /// The CLDR usage whose unit preferences chose the unit (`person-height`), or nil when the unit was given.
    public let usage: String?
    /// The locale the result was formatted for.
    public let locale: String
}
