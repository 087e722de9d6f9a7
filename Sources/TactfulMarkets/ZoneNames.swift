import Foundation

/// Maps CLDR's time-zone IDs (which keep old names such as `Asia/Calcutta`) to the canonical names of the
/// IANA tz database (`Asia/Kolkata`), using the link lines of the system's `tzdata.zi`.
public struct ZoneNames: Sendable {
    private let canonicalByLink: [String: String]

    /// A mapping built from the text of a `tzdata.zi` file (`L TARGET LINK` lines).
    ///
    /// Read as UTF-8 bytes: the file is ASCII, and its ~4,000 lines split as characters were most of a one-draft
    /// lint's market lookup.
    public init(tzdataZi text: String) {
        var map: [String: String] = [:]
        for line in text.utf8.split(separator: UInt8(ascii: "\n")) where line.starts(with: "L ".utf8) {
            let fields = line.split(separator: UInt8(ascii: " "))
            if fields.count == 3 { map[String(decoding: fields[2], as: UTF8.self)] = String(decoding: fields[1], as: UTF8.self) }
        }
        canonicalByLink = map
    }

    /// The system tzdata's names (`/usr/share/zoneinfo/tzdata.zi`); CLDR names pass through where it is absent.
    public static let system = ZoneNames(
        tzdataZi: (try? String(contentsOfFile: "/usr/share/zoneinfo/tzdata.zi", encoding: .utf8)) ?? "")

    /// The canonical IANA name for `id`, or `id` itself when it is not a link.
    public func ianaName(for id: String) -> String { canonicalByLink[id] ?? id }
}
