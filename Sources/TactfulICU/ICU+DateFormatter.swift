internal import CICU

extension ICU {
    /// A date/time formatter for a locale, built from a CLDR skeleton (`yMMMdjmm`) via ICU's pattern generator.
    ///
    /// ICU 72's own time-zone rules are from 2022 (see DESIGN.md): callers that must show today's local time
    /// pass a fixed-offset zone such as `GMT+02:00` computed from the system tzdata, not an IANA name.
    /// The handle is used read-only after creation (`udat_format` is const), hence `Sendable`.
    public final class DateFormatter: @unchecked Sendable {
        private let handle: UnsafeMutablePointer<UnsafeMutableRawPointer?>  // UDateFormat*, spelled without C types
        /// The concrete pattern ICU chose for the skeleton in this locale, e.g. `d. MMM y, HH:mm`.
        public let pattern: String

        /// Builds a formatter for `skeleton` in `locale` and `timeZone` (an IANA ID or `GMT±hh:mm`).
        public convenience init(skeleton: String, locale: LocaleID, timeZone: String) throws(ICUError) {
            try self.init(
                pattern: try ICU.bestPattern(forSkeleton: skeleton, locale: locale), locale: locale, timeZone: timeZone)
        }

        /// Builds a formatter for a pattern as it stands (`zzzz`: the zone's long name), without the pattern generator
        /// a skeleton needs: for fields whose pattern is the same in every locale.
        public init(pattern: String, locale: LocaleID, timeZone: String) throws(ICUError) {
            var status = U_ZERO_ERROR
            let zone = Array(timeZone.utf16)
            let chars = Array(pattern.utf16)
            let handle = icu_udat_open(
                UDAT_PATTERN, UDAT_PATTERN, locale.identifier, zone, Int32(zone.count), chars, Int32(chars.count),
                &status)
            try ICU.check(status, "open a date formatter for '\(pattern)' in \(locale)")
            guard let handle else {
                throw ICUError.nullHandle("open a date formatter")
            }
            self.handle = handle
            self.pattern = pattern
        }

        deinit { icu_udat_close(handle) }

        /// Formats an instant given in milliseconds since 1970-01-01T00:00Z.
        public func format(millisecondsSince1970 millis: Double) throws(ICUError) -> String {
            try ICU.fillUTF16("format a date") { icu_udat_format(handle, millis, $0, $1, nil, &$2) }
        }
    }

    /// The locale's best pattern for a skeleton (`udatpg_getBestPattern`): `jmm` → `HH:mm` in de, `h:mm a` in en-US.
    public static func bestPattern(forSkeleton skeleton: String, locale: LocaleID) throws(ICUError) -> String {
        try bestPatterns(forSkeletons: [skeleton], locale: locale)[0]
    }

    /// The locale's best patterns for several skeletons, from one pattern generator.
    public static func bestPatterns(forSkeletons skeletons: [String], locale: LocaleID) throws(ICUError) -> [String] {
        let generator = try PatternGenerator(locale: locale)
        var patterns: [String] = []
        for skeleton in skeletons {
            patterns.append(
                try withUTF16(skeleton) { chars, length throws(ICUError) in
                    try fillUTF16("find the best pattern for '\(skeleton)'") {
                        icu_udatpg_getBestPattern(generator.handle, chars, length, $0, $1, &$2)
                    }
                })
        }
        return patterns
    }

    /// Owns a `UDateTimePatternGenerator`.
    final class PatternGenerator {
        let handle: UnsafeMutablePointer<UnsafeMutableRawPointer?>  // UDateTimePatternGenerator*

        init(locale: LocaleID) throws(ICUError) {
            var status = U_ZERO_ERROR
            let handle = icu_udatpg_open(locale.identifier, &status)
            try ICU.check(status, "open a date pattern generator for \(locale)")
            guard let handle else {
                throw ICUError.nullHandle("open a pattern generator")
            }
            self.handle = handle
        }

        deinit { icu_udatpg_close(handle) }
    }
}
