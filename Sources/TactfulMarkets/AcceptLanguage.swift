/// Parses an HTTP `Accept-Language` header (RFC 9110 §12.5.4) into language ranges by descending quality.
public enum AcceptLanguage {
    /// One language range with its quality weight.
    public struct Range: Equatable, Sendable {
        /// The range, e.g. `fr-CH`, `fr`, `*`.
        public let tag: String
        /// The weight, 0…1; ranges with weight 0 are dropped.
        public let quality: Double
    }

    /// The header's ranges, highest quality first; equal weights keep their order. Malformed parts are skipped.
    public static func parse(_ header: String) -> [Range] {
        let ranges = header.split(separator: ",").enumerated().compactMap { index, part -> (Int, Range)? in
            let pieces = part.split(separator: ";").map { String($0).trimmingWhitespace() }
            guard let tag = pieces.first, !tag.isEmpty,
                tag.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "*") })
            else { return nil }
            var quality = 1.0
            for parameter in pieces.dropFirst() where parameter.lowercased().hasPrefix("q=") {
                guard let value = Double(parameter.dropFirst(2)), (0...1).contains(value) else { return nil }
                quality = value
            }
            return quality > 0 ? (index, Range(tag: tag, quality: quality)) : nil
        }
        return ranges.sorted { ($0.1.quality, -$0.0) > ($1.1.quality, -$1.0) }.map(\.1)
    }
}
