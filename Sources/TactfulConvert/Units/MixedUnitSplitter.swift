import Foundation

/// Splits a quantity across the parts of a mixed unit (71 in → 5 ft 11 in), the way ICU shows it.
enum MixedUnitSplitter {
    /// The quantity in `target`'s parts; the last part is rounded to a whole number and carried upwards
    /// (5 ft 11.9996 in → 6 ft 0 in). A simple target yields the exact converted value.
    static func split(_ quantity: Quantity, into target: UnitTarget) -> [Quantity] {
        guard let last = target.parts.last, let inLast = quantity.converted(to: last) else { return [] }
        guard target.parts.count > 1 else { return [inLast] }
        var remaining = inLast.value.magnitude.rounded(scale: 0)
        var parts: [Quantity] = []
        for unit in target.parts.dropLast() {
            let ratio = unit.toBase(1) / last.toBase(1)
            let count = (remaining / ratio).rounded(scale: 0, mode: .down)
            parts.append(Quantity(count, unit))
            remaining -= count * ratio
        }
        parts.append(Quantity(remaining.rounded(scale: 0), last))
        return parts
    }

    /// The parts as one amount of the first part's unit (5 ft 11 in → 5.91666… ft), for ICU's mixed-unit
    /// formatting.
    static func recombine(_ parts: [Quantity]) -> Decimal {
        guard let first = parts.first?.unit else { return 0 }
        return parts.reduce(Decimal(0)) { $0 + ($1.converted(to: first)?.value ?? 0) }
    }
}
