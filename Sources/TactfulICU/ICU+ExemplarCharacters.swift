internal import CICU

extension ICU {
    /// The characters CLDR lists as a locale's standard script (its main exemplar set: the letters an ordinary text
    /// of the language is written with).
    public enum ExemplarCharacters {
        /// The scalars of `ranges` in `locale`'s main exemplar set, ascending, as one string.
        public static func standard(of locale: LocaleID, in ranges: [ClosedRange<UInt32>]) throws(ICUError) -> String {
            var status = U_ZERO_ERROR
            let data = icu_ulocdata_open(locale.identifier, &status)
            defer { if let data { icu_ulocdata_close(data) } }
            try ICU.check(status, "open the locale data of \(locale)")
            let set = icu_ulocdata_getExemplarSet(data, nil, 0, ULOCDATA_ES_STANDARD, &status)
            defer { if let set { icu_uset_close(set) } }
            try ICU.check(status, "read the exemplar characters of \(locale)")
            var members = String.UnicodeScalarView()
            for value in ranges.joined() where icu_uset_contains(set, UChar32(bitPattern: value)) != 0 {
                if let scalar = Unicode.Scalar(value) { members.append(scalar) }
            }
            return String(members)
        }
    }
}
