import Foundation

/// Masks the personal data that `kind: pii` rules recognise — payment card numbers passing the Luhn check, IBANs
/// passing the mod-97 check and national identity numbers (``NationalIDFormat``) — the way those rules' fixes do: all
/// but the last four characters become `•`.
///
/// For reports that quote what agents sent (`tactful qa`): the same detectors as the lint rule, applied to the text.
public enum PIIMasking {
    private static let pool = ICUPool()

    /// `text` with every valid card number, IBAN and national identity number masked; other text is returned unchanged.
    public static func masked(_ text: String) -> String {
        var utf16 = Array(text.utf16)
        let digits = utf16.reduce(0) { $0 + ($1 >= 0x30 && $1 <= 0x39 ? 1 : 0) }
        guard digits >= 2 else { return text }
        var replacements: [(Range<Int>, [UInt16])] = []
        for detector in PIIRule.Detector.allCases {
            guard let source = detector.source(digitCount: digits, utf16: utf16) else { continue }
            for range in (try? pool.matches(source, in: utf16)) ?? [] {
                let written = String(decoding: utf16[range], as: UTF16.self)
                // Every identity format, whatever the market: a report masks more rather than less.
                guard detector.check(written, region: nil, pool: pool).passes else { continue }
                replacements.append((range, Array(PIIRule.masked(written).utf16)))
            }
        }
        guard !replacements.isEmpty else { return text }
        var lastStart = Int.max
        for (range, units) in replacements.sorted(by: { $0.0.lowerBound > $1.0.lowerBound })
        where range.upperBound <= lastStart {
            utf16.replaceSubrange(range, with: units)
            lastStart = range.lowerBound
        }
        return String(decoding: utf16, as: UTF16.self)
    }
}
