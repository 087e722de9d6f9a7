import TactfulData

/// The seasons of the customer's climate, read from `Glossaries/culture/seasons.yml` (its header documents the keys):
/// which regions have no four seasons, which are in the southern hemisphere, and the words for each season.
struct Seasons: Sendable {
    enum Season: String, CaseIterable, Sendable { case winter, spring, summer, autumn }

    struct Region: Sendable {
        let fourSeasons: Bool
        let south: Bool
    }

    let regions: [String: Region]
    /// Season → language → words.
    let words: [Season: [String: [String]]]
    /// Season → language → weather words of that season ("cold", "kalt", "hot"), judged only beside a month's name
    /// ("the cold December nights").
    let weather: [Season: [String: [String]]]
    /// Month → names of days always in it (Christmas: 12), of every language: beside a weather word they name its
    /// month.
    let monthDays: [Int: [String]]

    /// The built-in table; a malformed file is a build defect, caught by the tests.
    static let builtIn: Seasons? = {
        let path = "Glossaries/culture/seasons.yml"
        return BuiltInData.text(at: path).flatMap { try? read($0, path: path) }
    }()

    /// The meteorological season of a month (1–12) in a hemisphere: summer is June–August in the north,
    /// December–February in the south.
    static func season(month: Int, south: Bool) -> Season {
        let north: Season =
            switch month {
            case 12, 1, 2: .winter
            case 3, 4, 5: .spring
            case 6, 7, 8: .summer
            default: .autumn
            }
        guard south else { return north }
        return switch north {
        case .winter: .summer
        case .summer: .winter
        case .spring: .autumn
        case .autumn: .spring
        }
    }

    static func read(_ text: String, path: String) throws(PackError) -> Seasons {
        let file = try YAMLMap.parse(text, path: path)
        var regions: [String: Region] = [:]
        guard let regionMap = try file.map("regions") else { throw file.error(file.node, "missing 'regions'") }
        for (code, node) in regionMap.entries {
            let region = try YAMLMap(node, path: path)
            let seasons = try region.string("seasons"), hemisphere = try region.string("hemisphere")
            guard ["four", "none"].contains(seasons), ["north", "south"].contains(hemisphere) else {
                throw region.error(node, "region '\(code)': seasons is four or none, hemisphere north or south")
            }
            _ = try region.string("source")
            try region.rejectUnknownKeys()
            regions[code] = Region(fourSeasons: seasons == "four", south: hemisphere == "south")
        }
        var words: [Season: [String: [String]]] = [:]
        guard let wordMap = try file.map("words") else { throw file.error(file.node, "missing 'words'") }
        for (name, node) in wordMap.entries {
            guard let season = Season(rawValue: name) else { throw file.error(node, "unknown season '\(name)'") }
            words[season] = try wordMap.stringLists(name)
        }
        var weather: [Season: [String: [String]]] = [:]
        if let weatherMap = try file.map("weather") {
            for (name, node) in weatherMap.entries {
                guard let season = Season(rawValue: name) else { throw file.error(node, "unknown season '\(name)'") }
                weather[season] = try weatherMap.stringLists(name)
            }
        }
        var monthDays: [Int: [String]] = [:]
        if let dayMap = try file.map("month-days") {
            for (name, node) in dayMap.entries {
                guard let month = Int(name), (1...12).contains(month) else {
                    throw file.error(node, "month-days: '\(name)' is not a month (1–12)")
                }
                monthDays[month] = Array(try dayMap.stringLists(name).values.joined())
            }
        }
        try file.rejectUnknownKeys()
        return Seasons(regions: regions, words: words, weather: weather, monthDays: monthDays)
    }
}
