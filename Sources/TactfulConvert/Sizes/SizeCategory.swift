/// The size categories Tactful has tables for, named as on the command line.
public enum SizeCategory: String, CaseIterable, Sendable, Codable {
    /// Men's shoes.
    case shoesMen = "shoes-men"
    /// Women's shoes.
    case shoesWomen = "shoes-women"
    /// Children's shoes (no table yet).
    case shoesKids = "shoes-kids"
    /// Women's clothing (no table yet).
    case clothingWomen = "clothing-women"
    /// Men's shirts by collar size.
    case shirtsMen = "shirts-men"
    /// Men's suits and jackets by chest.
    case suitsMen = "suits-men"
    /// Jeans by waist.
    case jeans
    /// Rings.
    case rings
    /// Bras (no table yet).
    case bras

    /// The embedded data file holding the category's tables.
    public var dataPath: String { "Glossaries/sizes/\(rawValue).yml" }
}
