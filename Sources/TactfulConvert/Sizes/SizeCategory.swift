/// The size categories Tactful has tables for, named as on the command line.
public enum SizeCategory: String, CaseIterable, Sendable, Codable {
    case shoesMen = "shoes-men"
    case shoesWomen = "shoes-women"
    case shoesKids = "shoes-kids"
    case clothingWomen = "clothing-women"
    case shirtsMen = "shirts-men"
    case suitsMen = "suits-men"
    case jeans
    case rings
    case bras

    /// The embedded data file holding the category's tables.
    public var dataPath: String { "Glossaries/sizes/\(rawValue).yml" }
}
