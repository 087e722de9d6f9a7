import Foundation
import TactfulTime

/// Timestamps as helpdesk exports write them: ISO 8601 with `Z` or an offset (`2026-03-02T10:00:00Z`), with a
/// space for the `T` (`2026-03-02 10:00:00 +0100`, Freshdesk), or with no offset at all, read as UTC.
enum ExportTime {
    /// The instant `text` names; nil when it is not a timestamp.
    static func parse(_ text: String) -> Date? {
        var trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count >= 16 else { return nil }
        if let date = try? ISO8601.parse(trimmed) { return date }
        if trimmed.count > 10, Array(trimmed)[10] == " " {
            trimmed = String(trimmed.prefix(10)) + "T" + trimmed.dropFirst(11)
        }
        trimmed = trimmed.replacingOccurrences(of: " ", with: "")
        if let date = try? ISO8601.parse(trimmed) { return date }
        // `+0100` → `+01:00`
        if let sign = trimmed.dropFirst(19).firstIndex(where: { $0 == "+" || $0 == "-" }) {
            let offset = trimmed[sign...]
            if offset.count == 5 {
                let fixed = trimmed[..<sign] + offset.prefix(3) + ":" + offset.suffix(2)
                if let date = try? ISO8601.parse(String(fixed)) { return date }
            }
        }
        return try? ISO8601.parse(trimmed + "Z")
    }
}
