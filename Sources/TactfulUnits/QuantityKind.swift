/// The kinds of quantity Tactful converts, named as CLDR's unit categories (`length`, `mass`, …).
public enum QuantityKind: String, CaseIterable, Sendable, Codable {
    /// Lengths and distances (base: meter).
    case length
    /// Weights (base: kilogram).
    case mass
    /// Volumes (base: liter).
    case volume
    /// Temperatures (base: degree Celsius).
    case temperature
    /// Speeds (base: meter per second).
    case speed

    /// The unit every conversion of this kind passes through (CLDR names).
    public var baseUnit: String {
        switch self {
        case .length: "meter"
        case .mass: "kilogram"
        case .volume: "liter"
        case .temperature: "celsius"
        case .speed: "meter-per-second"
        }
    }
}
