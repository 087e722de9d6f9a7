extension YAMLScalar {
    /// The scalar as a whole number, read as Yams reads an `Int`: plain scalars only; `_` ignored; a sign; `0x`,
    /// `0b`, `0o` and a leading `0` (octal) as radix prefixes; `1:30` as sexagesimal (90). Nil for anything else
    /// (and for a sexagesimal number beyond `Int`).
    package var int: Int? {
        guard style == .plain else { return nil }
        // Scalar by scalar, not Foundation's `replacingOccurrences`: bridged through NSString, its first call cost a
        // run some 0.9M instructions of generic UTF-16 decoding set-up.
        let withSign =
            text.utf8.contains(UInt8(ascii: "_"))
            ? String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "_" })) : text
        if withSign == "0" { return 0 }
        let negative = withSign.hasPrefix("-")
        let sign = negative ? "-" : ""
        let digits = withSign.dropFirst(negative || withSign.hasPrefix("+") ? 1 : 0)
        for (prefix, radix) in [("0x", 16), ("0b", 2), ("0o", 8), ("0", 8)] where digits.hasPrefix(prefix) {
            return Int(sign + digits.dropFirst(prefix.count), radix: radix)
        }
        if digits.contains(":") { return Self.sexagesimal(withSign) }
        return Int(withSign)
    }

    /// `text` (`-1:30`) as base-60 digits, each a decimal `Int`.
    private static func sexagesimal(_ text: String) -> Int? {
        let negative = text.hasPrefix("-")
        let unsigned = negative || text.hasPrefix("+") ? text.dropFirst() : Substring(text)
        var value = 0
        for component in unsigned.split(separator: ":", omittingEmptySubsequences: false) {
            guard let digit = Int(component, radix: 10) else { return nil }
            let (shifted, overflowShift) = value.multipliedReportingOverflow(by: 60)
            let (sum, overflowSum) = shifted.addingReportingOverflow(digit)
            guard !overflowShift, !overflowSum else { return nil }
            value = sum
        }
        return negative ? -value : value
    }
}
