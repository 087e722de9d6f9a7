import Foundation

/// A unit of measure, named as in CLDR (`centimeter`, `pound`, `fahrenheit`, `mile-per-hour`), with its exact
/// definition in terms of its kind's base unit.
///
/// A value `v` in this unit is `(v + shift) × numerator ÷ denominator` base units; the shift is non-zero only for
/// temperature scales. Factors are kept as exact fractions so that round trips come back to the same decimal.
public struct MeasureUnit: Hashable, Sendable, CustomStringConvertible {
    /// The CLDR unit identifier, e.g. `centimeter`, `fluid-ounce-imperial`.
    public let name: String
    /// What the unit measures.
    public let kind: QuantityKind
    let numerator: Decimal
    let denominator: Decimal
    let shift: Decimal

    init(_ name: String, _ kind: QuantityKind, _ numerator: Decimal, per denominator: Decimal = 1, shift: Decimal = 0) {
        self.name = name
        self.kind = kind
        self.numerator = numerator
        self.denominator = denominator
        self.shift = shift
    }

    /// The CLDR name.
    public var description: String { name }

    /// Converts a value in this unit into the kind's base unit.
    package func toBase(_ value: Decimal) -> Decimal { (value + shift) * numerator / denominator }

    /// Converts a value in the kind's base unit into this unit.
    package func fromBase(_ value: Decimal) -> Decimal { value * denominator / numerator - shift }
}
