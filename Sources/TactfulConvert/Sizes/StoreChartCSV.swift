/// A store's size chart as CSV, e.g. exported from their shop:
///
/// ```
/// US,EU,UK,measure_min,measure_max
/// 8,41,7,25.5,26
/// 8.5,42,7.5,26,26.5
/// ```
/// The header names the systems; `measure_min`/`measure_max` (optional) give the body measurement each row fits,
/// in the category's unit. A cell may list several sizes separated by `/` (`39/40`). `#` lines are comments.
public enum StoreChartCSV {
    /// Parses the chart; errors point at `path:line`.
    public static func parse(_ text: String, path: String) throws(ConvertError) -> SizeChart {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated()
            .filter { !String($0.element).trimmingSpaces().isEmpty && !$0.element.hasPrefix("#") }
        guard let header = lines.first else { throw .badData("\(path): the chart is empty") }
        let columns = fields(header.element)
        guard columns.filter({ !isMeasureColumn($0) }).count >= 2 else {
            throw .badData("\(path):\(header.offset + 1): the header must name at least two size systems")
        }
        var rows: [SizeChart.Row] = []
        for (offset, line) in lines.dropFirst() {
            let cells = fields(line)
            guard cells.count == columns.count else {
                throw .badData("\(path):\(offset + 1): \(cells.count) fields, the header has \(columns.count)")
            }
            var sizes: [String: [String]] = [:]
            var bounds: [Double] = []
            for (column, cell) in zip(columns, cells) where !cell.isEmpty {
                if isMeasureColumn(column) {
                    guard let value = Double(cell) else {
                        throw .badData("\(path):\(offset + 1): '\(cell)' is not a number")
                    }
                    bounds.append(value)
                } else {
                    sizes[column] = cell.split(separator: "/").map { String($0).trimmingSpaces() }
                }
            }
            let range = bounds.count == 2 && bounds[0] <= bounds[1] ? bounds[0]...bounds[1] : nil
            rows.append(SizeChart.Row(sizes: sizes, measure: range))
        }
        guard !rows.isEmpty else { throw .badData("\(path): the chart has a header but no rows") }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return SizeChart(id: "store", title: "Store chart \(name)", source: path, checked: nil, rows: rows)
    }

    private static func isMeasureColumn(_ name: String) -> Bool { name == "measure_min" || name == "measure_max" }

    private static func fields(_ line: Substring) -> [String] {
        line.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingSpaces() }
    }
}
