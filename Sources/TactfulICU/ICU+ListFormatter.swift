internal import CICU

extension ICU {
    /// The conjunction a list is joined with.
    public enum ListType: Sendable {
        /// "A, B and C".
        case and
        /// "A, B or C".
        case or
    }

    /// Joins items the locale's way: ["rot", "grün", "blau"] → "rot, grün und blau".
    public static func formatList(_ items: [String], locale: LocaleID, type: ListType = .and) throws(ICUError) -> String
    {
        var status = U_ZERO_ERROR
        let formatter = icu_ulistfmt_openForType(
            locale.identifier, type == .and ? ULISTFMT_TYPE_AND : ULISTFMT_TYPE_OR, ULISTFMT_WIDTH_WIDE, &status)
        try check(status, "open a list formatter for \(locale)")
        defer { icu_ulistfmt_close(formatter) }
        let units = items.map { Array($0.utf16) }
        let lengths = units.map { Int32($0.count) }
        return try withPointers(units) { pointers throws(ICUError) in
            try fillUTF16("format a list") {
                icu_ulistfmt_format(formatter, pointers, lengths, Int32(items.count), $0, $1, &$2)
            }
        }
    }

    private static func withPointers<R>(
        _ arrays: [[UChar]], _ body: ([UnsafePointer<UChar>?]) throws(ICUError) -> R
    ) throws(ICUError) -> R {
        let storage = arrays.map { array -> UnsafeMutablePointer<UChar> in
            let pointer = UnsafeMutablePointer<UChar>.allocate(capacity: max(array.count, 1))
            pointer.initialize(from: array, count: array.count)
            return pointer
        }
        defer { storage.forEach { $0.deallocate() } }
        return try body(storage.map { UnsafePointer($0) })
    }
}
