import Foundation
import TactfulICU

/// Converts quantities into a given unit or into the unit a market prefers, and formats them with ICU.
///
/// Precision: ICU's default with `usage/…` is two significant digits (25.5 cm → "26 cm"), so Tactful always sets
/// it: three significant digits without ever rounding away integer digits (25.4 cm, 180 cm, 0.907 kg, 3.31 lb),
/// the last part of a mixed unit to a whole number (5 ft 11 in), or the skeleton CLDR gives for the usage
/// (road distances in steps of 50 m).
public struct QuantityConverter: Sendable {
    /// The locale results are formatted for.
    public let locale: ICU.LocaleID
    /// The region whose unit preferences apply (`DE`, `US`), from the locale unless given.
    public let region: String

    /// A converter formatting for `locale`, using the unit preferences of `region` (the locale's by default).
    public init(locale: ICU.LocaleID, region: String? = nil) {
        self.locale = locale
        self.region = region ?? ((try? locale.maximized().region) ?? "")
    }

    /// Converts into an explicit unit.
    public func convert(_ written: WrittenQuantity, to target: UnitTarget) throws(ConvertError) -> UnitConversion {
        guard target.kind == written.quantity.unit.kind else {
            throw .incompatible(
                "cannot convert \(written.quantity.unit.kind.rawValue) (\(written.quantity.unit)) into "
                    + "\(target.kind.rawValue) (\(target))")
        }
        return try render(written, into: target, extraSkeleton: "", usage: nil)
    }

    /// Converts into the unit CLDR prefers for this region and usage (`default`, `person-height`, `road`, …).
    public func localize(_ written: WrittenQuantity, usage: String? = nil) throws(ConvertError) -> UnitConversion {
        let kind = written.quantity.unit.kind
        let usage = usage ?? defaultUsage(for: written)
        let preferences: [ICU.UnitPreference]
        do {
            preferences = try ICU.UnitPreferences.preferences(category: kind.rawValue, usage: usage, region: region)
        } catch {
            throw .unknown(what: "usage", name: usage, known: ICU.UnitPreferences.usages(category: kind.rawValue))
        }
        let candidates = preferences.compactMap { preference in
            (try? UnitTarget(named: preference.unit)).map { ($0, preference) }
        }
        guard let fallback = candidates.last else { throw .unknown(what: "usage", name: usage, known: []) }
        let chosen =
            candidates.first { target, preference in
                let first = written.quantity.converted(to: target.parts[0])?.value ?? 0
                return first.magnitude >= Decimal(preference.threshold)
            } ?? fallback
        return try render(written, into: chosen.0, extraSkeleton: chosen.1.skeleton, usage: usage)
    }

    /// Feet and inches written together are a person's height; everything else uses CLDR's `default` usage.
    private func defaultUsage(for written: WrittenQuantity) -> String {
        let names = written.parts.map(\.unit.name)
        return names == ["foot", "inch"] || names == ["meter", "centimeter"] ? "person-height" : "default"
    }

    private func render(_ written: WrittenQuantity, into target: UnitTarget, extraSkeleton: String, usage: String?)
        throws(ConvertError) -> UnitConversion
    {
        let parts = MixedUnitSplitter.split(written.quantity, into: target)
        let first = written.quantity.converted(to: target.parts[0])?.value ?? 0
        let shown = parts.count == 1 ? parts[0].value : MixedUnitSplitter.recombine(parts)
        let precision = extraSkeleton.isEmpty ? Self.precision(for: shown, mixed: parts.count > 1) : extraSkeleton
        let formatted: String
        do {
            let formatter = try ICU.NumberFormatter.shared(skeleton: "unit/\(target.name) \(precision)", locale: locale)
            formatted = try formatter.format(decimal: "\(shown)")
        } catch {
            throw .badData("ICU cannot format \(target.name): \(error)")
        }
        return UnitConversion(
            value: Quantity(parts.count == 1 ? parts[0].value : first, target.parts[0]).doubleValue(),
            unit: target.name,
            formatted: formatted,
            parts: parts.map { UnitConversion.Part(value: $0.doubleValue(), unit: $0.unit.name) },
            input: UnitConversion.Part(value: written.quantity.doubleValue(), unit: written.quantity.unit.name),
            usage: usage,
            locale: locale.languageTag)
    }

    /// Three significant digits, never fewer integer digits; whole numbers for the last part of a mixed unit.
    static func precision(for value: Decimal, mixed: Bool) -> String {
        guard !mixed, !value.isZero else { return "precision-integer" }
        let decimals = min(6, max(0, 2 - Decimal.magnitudeExponent(of: value)))
        return decimals == 0 ? "precision-integer" : "." + String(repeating: "#", count: decimals)
    }
}
