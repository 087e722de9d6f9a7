import Foundation

/// An amount of some unit: `25.4 centimeter`, `75 fahrenheit`.
public struct Quantity: Hashable, Sendable, CustomStringConvertible {
    /// The amount, exact as written or as converted.
    public let value: Decimal
    /// The unit the amount is in.
    public let unit: MeasureUnit

    /// An amount of a unit.
    public init(_ value: Decimal, _ unit: MeasureUnit) {
        self.value = value
        self.unit = unit
    }

    /// "25.4 centimeter".
    public var description: String { "\(value) \(unit.name)" }

    /// The same quantity in another unit of the same kind; nil across kinds (a length is never a mass).
    public func converted(to target: MeasureUnit) -> Quantity? {
        guard target.kind == unit.kind else { return nil }
        if target == unit { return self }
        return Quantity(target.fromBase(unit.toBase(value)), target)
    }

    /// The amount as a binary double rounded to `significantDigits` (for JSON and for ICU's double formatting).
    public func doubleValue(significantDigits: Int = 10) -> Double {
        NSDecimalNumber(decimal: value.rounded(significantDigits: significantDigits)).doubleValue
    }
}

extension Decimal {
    /// The value rounded half away from zero to `digits` significant digits (0 stays 0).
    func rounded(significantDigits digits: Int) -> Decimal {
        guard !isZero else { return self }
        let magnitude = Decimal.magnitudeExponent(of: self)
        return rounded(scale: max(0, digits - 1 - magnitude))
    }

    /// The value rounded half away from zero to `scale` fraction digits.
    func rounded(scale: Int, mode: NSDecimalNumber.RoundingMode = .plain) -> Decimal {
        var input = self
        var output = Decimal()
        NSDecimalRound(&output, &input, scale, mode)
        return output
    }

    /// ⌊log10 |value|⌋ for a non-zero value: 25.4 → 1, 0.907 → −1.
    static func magnitudeExponent(of value: Decimal) -> Int {
        let digits = value.significand.magnitude.description.count
        return Int(value.exponent) + digits - 1
    }
}
