internal import CICU

extension ICU {
    /// Time-zone identifiers from ICU's data.
    ///
    /// Offsets and transitions must come from the system tzdata (Foundation's `TimeZone`), not from here: ICU 72
    /// ships 2022 rules. ICU is still the authority for canonical IDs and for which zones belong to a region.
    public enum TimeZones {
        /// The canonical ID for an IANA zone or alias (`Asia/Calcutta` → `Asia/Kolkata`... as CLDR spells it);
        /// throws for an unknown ID.
        public static func canonicalID(_ id: String) throws(ICUError) -> String {
            var isSystem: UBool = 0
            let canonical = try ICU.withUTF16(id) { chars, length throws(ICUError) in
                try ICU.fillUTF16("find the time zone '\(id)'") {
                    icu_ucal_getCanonicalTimeZoneID(chars, length, $0, $1, &isSystem, &$2)
                }
            }
            guard isSystem != 0, canonical != "Etc/Unknown" else {
                throw ICUError(code: 1, name: "U_ILLEGAL_ARGUMENT_ERROR", operation: "find the time zone '\(id)'")
            }
            return canonical
        }

        /// The canonical location zones of a region (`US` → America/New_York, America/Chicago, …), in ICU's order:
        /// the region's zones that are their own canonical ID. (ICU's canonical-location enumeration gives the same
        /// list, but canonicalizes every zone of the world first: 18M instructions, a twentieth of a one-draft lint.)
        public static func zones(inRegion region: String) throws(ICUError) -> [String] {
            // The world's zones (Etc/UTC, region 001) are no location's.
            guard region != "001" else { return [] }
            return try enumerate(UCAL_ZONE_TYPE_ANY, region).filter { (try? canonicalID($0)) == $0 }
        }

        /// ICU's canonical location zones of a region, listed by ICU itself: what ``zones(inRegion:)`` must equal
        /// (the tests compare the two for every region).
        static func canonicalLocationZones(inRegion region: String) throws(ICUError) -> [String] {
            try enumerate(UCAL_ZONE_TYPE_CANONICAL_LOCATION, region)
        }

        private static func enumerate(_ type: USystemTimeZoneType, _ region: String) throws(ICUError) -> [String] {
            var status = U_ZERO_ERROR
            let enumeration = icu_ucal_openTimeZoneIDEnumeration(type, region, nil, &status)
            try ICU.check(status, "list the time zones of \(region)")
            defer { icu_uenum_close(enumeration) }
            var zones: [String] = []
            while true {
                var length: Int32 = 0
                guard let next = icu_uenum_next(enumeration, &length, &status) else { break }
                zones.append(String(cString: next))
            }
            try ICU.check(status, "list the time zones of \(region)")
            return zones
        }
    }
}
