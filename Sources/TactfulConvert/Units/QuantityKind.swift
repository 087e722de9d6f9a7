/// The kinds of quantity Tactful converts, named as CLDR's unit categories (`length`, `mass`, …).
public enum QuantityKind: String, CaseIterable, Sendable, Codable {
    case length, mass, volume, temperature, speed

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
