import Foundation

/// What a quantity is converted into: one unit (`centimeter`) or a CLDR mixed unit (`foot-and-inch`).
public struct UnitTarget: Hashable, Sendable, CustomStringConvertible {
    /// The units, largest first; one for a simple unit.
    public let parts: [MeasureUnit]

    /// The CLDR identifier: `centimeter`, `foot-and-inch`.
    public var name: String { parts.map(\.name).joined(separator: "-and-") }

    /// The CLDR identifier.
    public var description: String { name }

    /// A simple target.
    public init(_ unit: MeasureUnit) { parts = [unit] }

    /// Resolves a CLDR name (`centimeter`, `foot-and-inch`) or a common abbreviation (`cm`, `°F`, `lbs`).
    public init(named name: String) throws(ConvertError) {
        let pieces = name.lowercased().components(separatedBy: "-and-")
        let units = pieces.compactMap { UnitAliases.table[$0.trimmingSpaces()].flatMap(UnitCatalog.unit(named:)) }
        guard !units.isEmpty, units.count == pieces.count else {
            throw .unknown(what: "unit", name: name, known: [])
        }
        guard units.allSatisfy({ $0.kind == units[0].kind }) else {
            throw .incompatible("the parts of '\(name)' measure different things")
        }
        parts = units
    }

    /// What it measures.
    public var kind: QuantityKind { parts[0].kind }
}
