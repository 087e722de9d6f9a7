import Foundation

/// Maps CLDR's time-zone IDs (which keep old names such as `Asia/Calcutta`) to the canonical names of the
/// IANA tz database (`Asia/Kolkata`), using the link lines of the system's `tzdata.zi`.
public struct ZoneNames: Sendable {
    private let links: Links

    /// A mapping built from the text of a `tzdata.zi` file (`L TARGET LINK` lines).
    public init(tzdataZi text: String) {
        links = Links { text }
    }

    /// The system tzdata's names (`/usr/share/zoneinfo/tzdata.zi`), read when a name is first looked up (a command
    /// that resolves no market's zones never reads the file); CLDR names pass through where it is absent.
    public static let system = ZoneNames(
        links: Links { (try? String(contentsOfFile: "/usr/share/zoneinfo/tzdata.zi", encoding: .utf8)) ?? "" })

    private init(links: Links) { self.links = links }

    /// The canonical IANA name for `id`, or `id` itself when it is not a link.
    public func ianaName(for id: String) -> String { links.canonicalByLink[id] ?? id }

    /// The link lines of a `tzdata.zi` text, parsed on first use. Thread-safe: the map is built under `lock`.
    private final class Links: @unchecked Sendable {
        private let lock = NSLock()
        private var text: (@Sendable () -> String)?
        private var map: [String: String] = [:]

        init(text: @escaping @Sendable () -> String) { self.text = text }

        var canonicalByLink: [String: String] {
            lock.withLock {
                if let read = text {
                    text = nil
                    for line in read().split(separator: "\n") where line.hasPrefix("L ") {
                        let fields = line.split(separator: " ")
                        if fields.count == 3 { map[String(fields[2])] = String(fields[1]) }
                    }
                }
                return map
            }
        }
    }
}
