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
                    map = Self.links(in: read())
                }
                return map
            }
        }

        /// The `L TARGET LINK` lines of a `tzdata.zi` text, link → target. As UTF-8 bytes (the file is ASCII), and
        /// only lines starting with `L ` are split: splitting its ~4,000 lines first cost 9.5M instructions.
        static func links(in text: String) -> [String: String] {
            var map: [String: String] = [:]
            var text = text
            text.withUTF8 { bytes in
                var start = 0
                while start < bytes.count {
                    var end = start
                    while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
                    if end - start > 2 && bytes[start] == UInt8(ascii: "L") && bytes[start + 1] == UInt8(ascii: " ") {
                        let fields = bytes[start..<end].split(separator: UInt8(ascii: " "))
                        if fields.count == 3 {
                            map[String(decoding: fields[2], as: UTF8.self)] = String(decoding: fields[1], as: UTF8.self)
                        }
                    }
                    start = end + 1
                }
            }
            return map
        }
    }
}
