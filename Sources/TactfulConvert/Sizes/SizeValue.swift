import Foundation
import TactfulICU

/// Compares sizes as people write them: `8.5` = `8,5` = `8½`, `42⅔` = `42 2/3`, `w32` = `W32` = `32` (jeans),
/// letters case-insensitively (`n½` = `N½`).
enum SizeValue {
    /// The numeric value of a size, if it is a number with an optional fraction (and optional `W`/`L` prefix).
    static func number(_ size: String) -> Double? {
        var text = size.trimmingSpaces().uppercased()
        // W32, L34 (jeans); not the ring letters L½ and W½, whose "½" is a number too.
        if let first = text.first, first == "W" || first == "L", let next = text.dropFirst().first, next.isASCII,
            next.isNumber
        {
            text.removeFirst()
        }
        let fractions: [Character: Double] = ["½": 0.5, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "¼": 0.25, "¾": 0.75]
        if let last = text.last, let fraction = fractions[last] {
            let whole = text.dropLast().trimmingSpaces()
            return whole.isEmpty ? fraction : Double(whole).map { $0 + fraction }
        }
        let parts = text.split(separator: " ")
        if parts.count == 2, let whole = Double(parts[0]) {
            let ratio = parts[1].split(separator: "/").compactMap { Double($0) }
            if ratio.count == 2, ratio[1] != 0 { return whole + ratio[0] / ratio[1] }
        }
        return Double(text.replacingOccurrences(of: ",", with: "."))
    }

    /// True when two written sizes are the same size.
    static func same(_ a: String, _ b: String) -> Bool {
        if let x = number(a), let y = number(b) { return abs(x - y) < 0.01 }
        return a.trimmingSpaces().uppercased() == b.trimmingSpaces().uppercased()
    }

    /// A numeric size with the locale's decimal separator (`8.5` → `8,5` in German); other sizes as written.
    static func localized(_ size: String, locale: ICU.LocaleID) -> String {
        guard size.contains("."), number(size) != nil else { return size }
        let sample = (try? ICU.NumberFormatter.shared(skeleton: ".0", locale: locale).format(1.5)) ?? "1.5"
        let separator = sample.count == 3 ? String(sample[sample.index(after: sample.startIndex)]) : "."
        return size.replacingOccurrences(of: ".", with: separator)
    }
}
