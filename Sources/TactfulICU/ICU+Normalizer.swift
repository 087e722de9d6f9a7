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
        var status = U_ZERO_ERROR
        let normalizer: OpaquePointer? =
            switch form {
            case .nfc: icu_unorm2_getNFCInstance(&status)
            case .nfkc: icu_unorm2_getNFKCInstance(&status)
            case .nfkcCasefold: icu_unorm2_getNFKCCasefoldInstance(&status)
            }
        try check(status, "load the \(form) normalizer")
        return try withUTF16(text) { source, length throws(ICUError) in
            try fillUTF16("normalize to \(form)", capacity: Int(length) + 16) {
                icu_unorm2_normalize(normalizer, source, length, $0, $1, &$2)
            }
        }
    }
}
