import ArgumentParser
import TactfulConvert

/// `--category` values: the closed list of size categories (completion and help for free).
enum SizeCategoryArgument: String, CaseArgument {
    case shoesMen = "shoes-men"
    case shoesWomen = "shoes-women"
    case shoesKids = "shoes-kids"
    case clothingWomen = "clothing-women"
    case shirtsMen = "shirts-men"
    case suitsMen = "suits-men"
    case jeans, rings, bras

    /// The library's category.
    var category: SizeCategory { SizeCategory(rawValue: rawValue) ?? .shoesMen }

    /// The category's table, or the store's chart when `--chart FILE` is given.
    func table(chart: String?) throws -> SizeTable {
        try chart.map { try SizeTableReader.storeChart(at: $0, for: category) } ?? SizeTableReader.builtIn(category)
    }
}
