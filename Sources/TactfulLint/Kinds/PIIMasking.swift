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
        for (source, check) in detectors(utf16, digits: digits) {
            let ranges = (try? pool.matches(source, in: utf16)) ?? []
            for range in ranges {
                let written = String(decoding: utf16[range], as: UTF16.self)
                guard check(written) else { continue }
                let found = PIIRule.compact(written)
                let masked = String(repeating: "•", count: max(found.count - 4, 0)) + found.suffix(4)
                replacements.append((range, Array(masked.utf16)))
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

    private static func detectors(_ utf16: [UInt16], digits: Int) -> [(RegexSource, (String) -> Bool)] {
        var detectors: [(RegexSource, (String) -> Bool)] = []
        if digits >= 13 { detectors.append((PIIRule.card, { Checksums.luhn(PIIRule.compact($0)) })) }
        if PIIRule.mayHoldIBAN(utf16) { detectors.append((PIIRule.iban, { Checksums.iban(PIIRule.compact($0)) })) }
        if digits >= 6 {
            // Every format, whatever the market: a report masks more rather than less.
            detectors.append(
                (NationalIDFormat.anyShape, { NationalIDFormat.format(of: $0, region: nil, pool: pool) != nil }))
        }
        return detectors
    }
}
