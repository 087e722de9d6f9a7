/// Durations as people type them for SLA targets: `8h`, `90m`, `1h30m`, `45s`, `2h15m30s`.
public enum DurationText {
    /// The seconds in `text`; units h, m, s in that order, each at most once, at least one.
    public static func seconds(in text: String) throws(TimeError) -> Double {
        var total = 0
        var digits = ""
        var seen: [Character] = []
        let order: [Character] = ["h", "m", "s"]
        for character in text.lowercased() {
            if character.isASCII && character.isNumber {
                digits.append(character)
                continue
            }
            guard let rank = order.firstIndex(of: character), !digits.isEmpty, digits.count <= 9,
                let value = Int(digits), seen.allSatisfy({ order.firstIndex(of: $0)! < rank })
            else { throw .malformedDuration(text) }
            total += value * [3600, 60, 1][rank]
            seen.append(character)
            digits = ""
        }
        guard digits.isEmpty, !seen.isEmpty else { throw .malformedDuration(text) }
        return Double(total)
    }

    /// `1h30m`, `2m`, `45s`, `0s` for a number of seconds (fractions dropped).
    public static func text(seconds: Double) -> String {
        let whole = Int(seconds.rounded(.down))
        let hours = whole / 3600
        let minutes = whole / 60 % 60
        let rest = whole % 60
        let parts = [(hours, "h"), (minutes, "m"), (rest, "s")].filter { $0.0 > 0 }.map { "\($0.0)\($0.1)" }
        return parts.isEmpty ? "0s" : parts.joined()
    }
}
