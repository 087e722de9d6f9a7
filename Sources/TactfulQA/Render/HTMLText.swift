import TactfulLint

/// Text made safe for HTML element content and attribute values.
enum HTMLText {
    static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }

    /// A number for display: integers without decimals, others with one.
    static func number(_ value: Double?) -> String {
        guard let value else { return "–" }
        return value == value.rounded() ? String(Int(value)) : String((value * 10).rounded() / 10)
    }

    /// Seconds as `45 s`, `12 min`, `3.5 h`.
    static func duration(_ seconds: Double?) -> String {
        guard let seconds else { return "–" }
        if seconds < 90 { return "\(Int(seconds.rounded())) s" }
        if seconds < 5400 { return "\(Int((seconds / 60).rounded())) min" }
        return "\(number((seconds / 360).rounded() / 10)) h"
    }
}
