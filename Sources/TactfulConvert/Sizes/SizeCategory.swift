/// The size categories Tactful has tables for, named as on the command line.
public enum SizeCategory: String, CaseIterable, Sendable, Codable {
    /// Men's shoes by foot length.
    case shoesMen = "shoes-men"
    /// Women's shoes by foot length.
    case shoesWomen = "shoes-women"
    /// Children's shoes (US children's and youth sizes, EU).
    case shoesKids = "shoes-kids"
    /// Women's clothing by bust girth.
    case clothingWomen = "clothing-women"
    /// Men's shirts by collar size.
    case shirtsMen = "shirts-men"
    /// Men's suits and jackets by chest.
    case suitsMen = "suits-men"
    /// Jeans by waist girth.
    case jeans
    /// Rings by inside circumference.
    case rings
    /// Bras: a band (underbust) and a cup (bust minus underbust), converted part by part.
    case bras

    /// The embedded data file holding the category's tables.
    public var dataPath: String { "Glossaries/sizes/\(rawValue).yml" }
}
