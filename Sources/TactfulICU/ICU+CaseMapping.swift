internal import CICU

extension ICU {
    /// Full Unicode case folding (`u_strFoldCase`, default options): "Straße" → "strasse".
    public static func foldCase(_ text: String) throws(ICUError) -> String {
        try withUTF16(text) { source, length throws(ICUError) in
            try fillUTF16("fold case", capacity: Int(length) + 16) {
                icu_u_strFoldCase($0, $1, source, length, UInt32(U_FOLD_CASE_DEFAULT), &$2)
            }
        }
    }

    /// Locale-aware upper-casing (`u_strToUpper`): Turkish "i" → "İ" with locale `tr`.
    public static func uppercase(_ text: String, locale: LocaleID) throws(ICUError) -> String {
        try withUTF16(text) { source, length throws(ICUError) in
            try fillUTF16("upper-case", capacity: Int(length) + 16) {
                icu_u_strToUpper($0, $1, source, length, locale.identifier, &$2)
            }
        }
    }

    /// Locale-aware lower-casing (`u_strToLower`).
    public static func lowercase(_ text: String, locale: LocaleID) throws(ICUError) -> String {
        try withUTF16(text) { source, length throws(ICUError) in
            try fillUTF16("lower-case", capacity: Int(length) + 16) {
                icu_u_strToLower($0, $1, source, length, locale.identifier, &$2)
            }
        }
    }
}
