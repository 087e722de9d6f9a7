import Foundation
import TactfulData
import Yams

/// Reads size tables: the built-in ones (only the category asked for, so `tactful size` starts fast) and a
/// store's own chart in YAML (a table file, or one chart with `rows:`) or CSV (see ``StoreChartCSV``).
public enum SizeTableReader {
    /// The built-in table of a category; throws when the binary was built without it.
    public static func builtIn(_ category: SizeCategory) throws(ConvertError) -> SizeTable {
        guard let text = BuiltInData.text(at: category.dataPath) else {
            throw .unknown(
                what: "built-in size table for category", name: category.rawValue,
                known: availableCategories.map(\.rawValue))
        }
        return try table(fromYAML: text, source: category.dataPath)
    }

    /// The categories that have a built-in table.
    public static var availableCategories: [SizeCategory] {
        SizeCategory.allCases.filter { BuiltInData.text(at: $0.dataPath) != nil }
    }

    /// A store's chart file applied to a category: its charts replace the built-in ones, which still lend the
    /// system names, the measure definition and (for bras) the cup charts when the file does not give its own.
    public static func storeChart(at path: String, for category: SizeCategory) throws(ConvertError) -> SizeTable {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw .badData("cannot read the size chart '\(path)'")
        }
        let base = try? builtIn(category)
        if path.lowercased().hasSuffix(".csv") {
            let chart = aliased(try StoreChartCSV.parse(text, path: path), base?.systems ?? [])
            return SizeTable(
                category: category.rawValue, title: base?.title ?? category.rawValue, measure: base?.measure,
                systems: systems(base?.systems ?? [], plus: chart), note: "", charts: [chart], cups: base?.cups)
        }
        let root = try yaml(text, source: path)
        if root["rows"] != nil {
            let chart = aliased(try self.chart(root, source: path, fallbackID: "store"), base?.systems ?? [])
            return SizeTable(
                category: category.rawValue, title: base?.title ?? category.rawValue, measure: base?.measure,
                systems: systems(base?.systems ?? [], plus: chart), note: root["note"] as? String ?? "",
                charts: [chart],
                cups: base?.cups)
        }
        let table = try table(fromYAML: text, source: path)
        guard table.category == category.rawValue else {
            throw .badData("\(path) is a size table for '\(table.category)', not '\(category.rawValue)'")
        }
        guard table.cups == nil, let cups = base?.cups else { return table }
        return SizeTable(
            category: table.category, title: table.title, measure: table.measure, systems: table.systems,
            note: table.note, charts: table.charts, cups: cups)
    }

    static func table(fromYAML text: String, source: String) throws(ConvertError) -> SizeTable {
        let root = try yaml(text, source: source)
        guard let category = root["category"] as? String, let chartList = root["charts"] as? [[String: Any]],
            !chartList.isEmpty
        else { throw .badData("\(source): a size table needs 'category' and a non-empty 'charts' list") }
        var charts: [SizeChart] = []
        for (index, entry) in chartList.enumerated() {
            charts.append(try chart(entry, source: "\(source) chart \(index + 1)", fallbackID: "chart-\(index + 1)"))
        }
        let declared = (root["systems"] as? [[String: Any]] ?? []).compactMap { entry -> SizeTable.System? in
            guard let id = scalar(entry["id"]) else { return nil }
            return SizeTable.System(id: id, name: entry["name"] as? String ?? id, sameAs: scalar(entry["sameAs"]))
        }
        for system in declared {
            if let column = system.sameAs, !declared.contains(where: { $0.id == column && $0.sameAs == nil }) {
                throw .badData(
                    "\(source): system '\(system.id)' is 'sameAs' '\(column)', which is not a declared system")
            }
        }
        charts = charts.map { aliased($0, declared) }
        let cups = try (root["cups"] as? [String: Any]).map { entry throws(ConvertError) in
            try self.cups(entry, source: "\(source) cups")
        }
        let allCharts = charts + (cups?.charts ?? [])
        var table = SizeTable(
            category: category, title: root["title"] as? String ?? category, measure: measure(root["measure"]),
            systems: allCharts.reduce(declared) { systems($0, plus: $1) }, note: root["note"] as? String ?? "",
            charts: charts, cups: cups, lengths: try lengths(root["lengths"], charts: charts, source: source))
        table.notLabelledIn = try notLabelledIn(root["notLabelledIn"], source: source)
        return table
    }

    /// The `notLabelledIn:` entries (`[{systems: [DE, EU], why: "…", source: "…"}]`): systems the category's
    /// garments are not labelled in, each with why (and what to do instead) and the source saying so.
    private static func notLabelledIn(_ value: Any?, source: String) throws(ConvertError) -> [String: String] {
        guard let value else { return [:] }
        guard let entries = value as? [[String: Any]] else {
            throw .badData("\(source): 'notLabelledIn' must be a list")
        }
        var reasons: [String: String] = [:]
        for entry in entries {
            guard let systems = entry["systems"] as? [Any], let why = entry["why"] as? String,
                let cited = entry["source"] as? String
            else { throw .badData("\(source): each 'notLabelledIn' entry needs 'systems', 'why' and 'source'") }
            for system in systems.compactMap(scalar) { reasons[system.uppercased()] = "\(why) (\(cited))" }
        }
        return reasons
    }

    /// The `lengths:` entry (`{systems: [US, UK], regular: R}`): sizes written with a length letter after them.
    private static func lengths(_ value: Any?, charts: [SizeChart], source: String) throws(ConvertError)
        -> SizeTable.Lengths?
    {
        guard let value else { return nil }
        guard let entry = value as? [String: Any], let systems = entry["systems"] as? [Any],
            let regular = scalar(entry["regular"]), !systems.isEmpty
        else { throw .badData("\(source): 'lengths' needs 'systems' (a list) and 'regular' (a letter)") }
        return SizeTable.Lengths(systems: systems.compactMap(scalar), regular: regular)
    }

    /// The chart with the column of every system declared `sameAs` another filled in from that other column.
    private static func aliased(_ chart: SizeChart, _ systems: [SizeTable.System]) -> SizeChart {
        let aliases = systems.compactMap { system in system.sameAs.map { (system.id, $0) } }
        guard !aliases.isEmpty else { return chart }
        let rows = chart.rows.map { row in
            var sizes = row.sizes
            for (alias, column) in aliases where sizes[alias] == nil { sizes[alias] = row.sizes[column] }
            return SizeChart.Row(sizes: sizes, measure: row.measure)
        }
        return SizeChart(
            id: chart.id, title: chart.title, source: chart.source, checked: chart.checked, rows: rows,
            length: chart.length)
    }

    /// The `cups:` part of a band-and-cup table: a `measure` and a non-empty `charts` list.
    private static func cups(_ entry: [String: Any], source: String) throws(ConvertError) -> SizeTable.Cups {
        guard let measure = measure(entry["measure"]), let chartList = entry["charts"] as? [[String: Any]],
            !chartList.isEmpty
        else { throw .badData("\(source): 'cups' needs a 'measure' (name, unit) and a non-empty 'charts' list") }
        var charts: [SizeChart] = []
        for (index, chart) in chartList.enumerated() {
            charts.append(
                try self.chart(chart, source: "\(source) chart \(index + 1)", fallbackID: "cups-\(index + 1)"))
        }
        return SizeTable.Cups(measure: measure, charts: charts)
    }

    private static func measure(_ value: Any?) -> SizeTable.Measure? {
        guard let entry = value as? [String: Any], let name = entry["name"] as? String,
            let unit = entry["unit"] as? String
        else { return nil }
        return SizeTable.Measure(name: name, unit: unit, ease: entry["ease"] as? String ?? "")
    }

    private static func chart(_ entry: [String: Any], source: String, fallbackID: String) throws(ConvertError)
        -> SizeChart
    {
        guard let rowList = entry["rows"] as? [[String: Any]], !rowList.isEmpty else {
            throw .badData("\(source): a chart needs a non-empty 'rows' list")
        }
        var rows: [SizeChart.Row] = []
        for (number, row) in rowList.enumerated() {
            var sizes: [String: [String]] = [:]
            for (key, value) in row where key != "measure" {
                let cell = (value as? [Any])?.compactMap(scalar) ?? scalar(value).map { [$0] } ?? []
                if !cell.isEmpty { sizes[key] = cell }
            }
            let bounds = (row["measure"] as? [Any])?.compactMap { scalar($0).flatMap(Double.init) } ?? []
            guard row["measure"] == nil || (bounds.count == 2 && bounds[0] <= bounds[1]) else {
                throw .badData("\(source) row \(number + 1): 'measure' must be [min, max]")
            }
            rows.append(SizeChart.Row(sizes: sizes, measure: bounds.count == 2 ? bounds[0]...bounds[1] : nil))
        }
        return SizeChart(
            id: scalar(entry["id"]) ?? fallbackID, title: entry["title"] as? String ?? fallbackID,
            source: entry["source"] as? String ?? source, checked: entry["checked"] as? String, rows: rows,
            length: scalar(entry["length"]))
    }

    /// `systems` with any system the chart uses but the list lacks, in the chart's first row's order.
    private static func systems(_ systems: [SizeTable.System], plus chart: SizeChart) -> [SizeTable.System] {
        let known = Set(systems.map(\.id))
        let extra = Set(chart.rows.flatMap(\.sizes.keys)).subtracting(known).sorted()
        return systems + extra.map { SizeTable.System(id: $0, name: $0) }
    }

    private static func yaml(_ text: String, source: String) throws(ConvertError) -> [String: Any] {
        do {
            guard let root = try Yams.load(yaml: text, .basic) as? [String: Any] else {
                throw ConvertError.badData("\(source): expected a YAML mapping")
            }
            return root
        } catch let error as ConvertError {
            throw error
        } catch {
            throw .badData("\(source): \(error)")
        }
    }

    /// A YAML scalar as text (`8.5`, `W32`, `42⅔`); nil for mappings and lists.
    static func scalar(_ value: Any?) -> String? {
        switch value {
        case let text as String: text
        case let number as Int: String(number)
        case let number as Double: number == number.rounded() ? String(Int(number)) : String(number)
        default: nil
        }
    }
}
