import Foundation

/// Whether one byte string occurs in another, by the C library: the calendar finder searches every holiday name in the
/// other calendars' names, and the time-zone and occasion checks search a sentence for every team place. Foundation's
/// generic `firstRange(of:)` cost some thousand instructions a search.
package enum ByteSearch {
    /// Whether `needle` occurs in `haystack`: `memchr` to each place its first byte occurs, then `memcmp`.
    package static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        return haystack.withUnsafeBytes { hay in
            needle.withUnsafeBytes { pin in
                guard let start = hay.baseAddress, let pinStart = pin.baseAddress else { return false }
                var at = 0
                let last = hay.count - pin.count
                while at <= last, let found = memchr(start + at, Int32(first), last - at + 1) {
                    let offset = start.distance(to: UnsafeRawPointer(found))
                    if memcmp(start + offset, pinStart, pin.count) == 0 { return true }
                    at = offset + 1
                }
                return false
            }
        }
    }
}
