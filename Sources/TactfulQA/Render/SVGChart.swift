/// Inline SVG charts for the HTML report: no script, no network; each chart is an `<svg class="chart">` whose
/// marks carry class `mark`, so a test can check that every chart drew something.
enum SVGChart {
    /// A labelled value.
    struct Bar {
        let label: String
        let value: Double
        let text: String
    }

    /// Horizontal bars, one per label, scaled to the largest value (or `maximum`).
    static func bars(_ bars: [Bar], title: String, maximum: Double? = nil, color: String = "#3b6ea8") -> String {
        let rowHeight = 22.0
        let labelWidth = 170.0
        let width = 540.0
        let height = Double(max(bars.count, 1)) * rowHeight + 8
        let top = max(maximum ?? 0, bars.map(\.value).max() ?? 0, 1e-9)
        var svg = open(title: title, width: width, height: height)
        if bars.isEmpty { return svg + empty(width: width, height: height) + "</svg>" }
        for (index, bar) in bars.enumerated() {
            let y = Double(index) * rowHeight + 4
            let length = max(1, (width - labelWidth - 70) * bar.value / top)
            svg +=
                "<text x=\"\(labelWidth - 6)\" y=\"\(y + 15)\" text-anchor=\"end\">\(HTMLText.escape(bar.label))</text>"
            svg +=
                "<rect class=\"mark\" x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(fmt(length))\" height=\"16\" fill=\"\(color)\">"
            svg += "<title>\(HTMLText.escape(bar.label)): \(HTMLText.escape(bar.text))</title></rect>"
            svg += "<text x=\"\(fmt(labelWidth + length + 6))\" y=\"\(y + 15)\">\(HTMLText.escape(bar.text))</text>"
        }
        return svg + "</svg>"
    }

    /// A series over ordered labels (weeks).
    struct Series {
        let name: String
        let color: String
        let values: [Double?]
    }

    /// Lines with dots over `labels`, each series scaled to `maximum` (or its own largest value).
    static func lines(_ series: [Series], labels: [String], title: String, maximum: Double? = nil) -> String {
        let width = 520.0
        let height = 200.0
        let left = 40.0
        let bottom = 30.0
        let top = 24.0
        let peak = max(maximum ?? 0, series.flatMap { $0.values.compactMap { $0 } }.max() ?? 0, 1e-9)
        var svg = open(title: title, width: width, height: height)
        guard !labels.isEmpty, series.contains(where: { $0.values.contains { $0 != nil } }) else {
            return svg + empty(width: width, height: height) + "</svg>"
        }
        let step = labels.count > 1 ? (width - left - 44) / Double(labels.count - 1) : 0
        func x(_ index: Int) -> Double { left + (labels.count > 1 ? Double(index) * step : (width - left) / 2) }
        func y(_ value: Double) -> Double { height - bottom - (height - bottom - top) * value / peak }
        svg +=
            "<line x1=\"\(left)\" y1=\"\(height - bottom)\" x2=\"\(width - 10)\" y2=\"\(height - bottom)\" stroke=\"#999\"/>"
        svg +=
            "<text x=\"4\" y=\"\(top + 4)\">\(HTMLText.number(peak))</text><text x=\"4\" y=\"\(height - bottom)\">0</text>"
        for (index, label) in labels.enumerated() where labels.count <= 8 || index % ((labels.count + 7) / 8) == 0 {
            svg +=
                "<text x=\"\(fmt(x(index)))\" y=\"\(height - 10)\" text-anchor=\"middle\">\(HTMLText.escape(label))</text>"
        }
        for (offset, line) in series.enumerated() {
            let points = line.values.enumerated().compactMap { index, value in value.map { (x(index), y($0)) } }
            if points.count > 1 {
                let path = points.map { "\(fmt($0.0)),\(fmt($0.1))" }.joined(separator: " ")
                svg +=
                    "<polyline class=\"mark\" fill=\"none\" stroke=\"\(line.color)\" stroke-width=\"2\" points=\"\(path)\"/>"
            }
            for (index, value) in line.values.enumerated() {
                guard let value else { continue }
                svg +=
                    "<circle class=\"mark\" cx=\"\(fmt(x(index)))\" cy=\"\(fmt(y(value)))\" r=\"3.5\" fill=\"\(line.color)\">"
                svg +=
                    "<title>\(HTMLText.escape(line.name)) \(HTMLText.escape(labels[index])): \(HTMLText.number(value))</title></circle>"
            }
            svg +=
                "<text x=\"\(fmt(left + Double(offset) * 200))\" y=\"14\" fill=\"\(line.color)\">■ \(HTMLText.escape(line.name))</text>"
        }
        return svg + "</svg>"
    }

    private static func open(title: String, width: Double, height: Double) -> String {
        "<svg class=\"chart\" role=\"img\" aria-label=\"\(HTMLText.escape(title))\" viewBox=\"0 0 \(fmt(width)) \(fmt(height))\" "
            + "xmlns=\"http://www.w3.org/2000/svg\"><title>\(HTMLText.escape(title))</title>"
    }

    private static func empty(width: Double, height: Double) -> String {
        "<text class=\"mark empty\" x=\"\(fmt(width / 2))\" y=\"\(fmt(height / 2))\" text-anchor=\"middle\">–</text>"
    }

    private static func fmt(_ value: Double) -> String { String((value * 10).rounded() / 10) }
}
