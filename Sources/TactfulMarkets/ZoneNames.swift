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

        /// The `L TARGET LINK` lines of a `tzdata.zi` text, link → target. As UTF-8 bytes (the file is ASCII), each
        /// line's end found with `memchr`, and only lines starting with `L ` read, field by field: splitting the
        /// file's ~4,600 lines cost 9.5M instructions, stepping through its bytes one by one 0.7M.
        static func links(in text: String) -> [String: String] {
            var map: [String: String] = [:]
            var text = text
            text.withUTF8 { bytes in
                guard let base = bytes.baseAddress else { return }
                var start = 0
                while start < bytes.count {
                    let found = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start)
                    let end = found.map { UnsafeRawPointer(base).distance(to: UnsafeRawPointer($0)) } ?? bytes.count
                    if end - start > 2 && bytes[start] == UInt8(ascii: "L") && bytes[start + 1] == UInt8(ascii: " ") {
                        if let (target, link) = Self.targetAndLink(bytes[(start + 2)..<end]) { map[link] = target }
                    }
                    start = end + 1
                }
            }
            return map
        }

        /// The two fields of a link line after its `L`, split at runs of spaces; nil unless there are exactly two.
        private static func targetAndLink(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> (String, String)? {
            var target: Range<Int>?, link: Range<Int>?
            var index = line.startIndex
            while index < line.endIndex {
                guard line[index] != UInt8(ascii: " ") else {
                    index += 1
                    continue
                }
                let fieldStart = index
                while index < line.endIndex && line[index] != UInt8(ascii: " ") { index += 1 }
                guard link == nil else { return nil }
                if target == nil { target = fieldStart..<index } else { link = fieldStart..<index }
            }
            guard let target, let link else { return nil }
            return (String(decoding: line[target], as: UTF8.self), String(decoding: line[link], as: UTF8.self))
        }
    }
}
