internal import CICU

extension ICU {
    /// CLDR plural rules of a locale: which category ("one", "few", "other"…) a number takes.
    public final class PluralRules {
        private let handle: OpaquePointer

        /// Opens the cardinal plural rules of `locale`.
        public init(locale: LocaleID) throws(ICUError) {
            var status = U_ZERO_ERROR
            let handle = icu_uplrules_open(locale.identifier, &status)
            try ICU.check(status, "open plural rules for \(locale)")
            guard let handle else {
                throw ICUError.nullHandle("open plural rules")
            }
            self.handle = handle
        }

        deinit { icu_uplrules_close(handle) }

        /// The plural category keyword for `number`: `one`, `two`, `few`, `many`, `zero` or `other`.
        public func category(for number: Double) throws(ICUError) -> String {
            try ICU.fillUTF16("select a plural category", capacity: 8) {
                icu_uplrules_select(handle, number, $0, $1, &$2)
            }
        }
    }
}
