internal import CICU

extension ICU {
    /// Unicode normalization forms offered by ICU's `unorm2` instances.
    public enum NormalizationForm: Sendable {
        /// Canonical composition.
        case nfc
        /// Compatibility composition: full-width "ＡＢＣ" → "ABC", "①" → "1".
        case nfkc
        /// NFKC with case folding (`NFKC_Casefold`): the key for case- and width-insensitive matching.
        case nfkcCasefold
    }

    /// Normalizes `text` to `form`.
    public static func normalize(_ text: String, to form: NormalizationForm) throws(ICUError) -> String {
        let normalizer = try instance(form)
        return try withUTF16(text) { source, length throws(ICUError) in
            try fillUTF16("normalize to \(form)", capacity: Int(length) + 16) {
                icu_unorm2_normalize(normalizer, source, length, $0, $1, &$2)
            }
        }
    }

    /// Appends `source` normalized to `form` to `output`, UTF-16 in and out (no strings built). Text already in
    /// the form, the usual case for CJK, passes ICU's quick check and is copied as it is.
    public static func appendNormalized(
        _ source: UnsafeBufferPointer<UInt16>, to form: NormalizationForm,
        into output: inout [UInt16]
    ) throws(ICUError) {
        let normalizer = try instance(form)
        var status = U_ZERO_ERROR
        let length = Int32(source.count)
        let span = icu_unorm2_spanQuickCheckYes(normalizer, source.baseAddress, length, &status)
        try check(status, "quick-check \(form)")
        if span == length {
            output.append(contentsOf: source)
            return
        }
        let normalized = try fill("normalize to \(form)", capacity: source.count * 3 + 16) {
            icu_unorm2_normalize(normalizer, source.baseAddress, length, $0, $1, &$2)
        }
        output.append(contentsOf: normalized.lazy.map { UInt16($0) })
    }

    private static func instance(_ form: NormalizationForm) throws(ICUError) -> OpaquePointer? {
        var status = U_ZERO_ERROR
        let normalizer: OpaquePointer? =
            switch form {
            case .nfc: icu_unorm2_getNFCInstance(&status)
            case .nfkc: icu_unorm2_getNFKCInstance(&status)
            case .nfkcCasefold: icu_unorm2_getNFKCCasefoldInstance(&status)
            }
        try check(status, "load the \(form) normalizer")
        return normalizer
    }
}
