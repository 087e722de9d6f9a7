import TactfulICU

/// What ICU makes of a market tag: a BCP-47 tag (`de-AT`), an ICU ID (`pt_BR`) or a bare region (`JP`), checked
/// against ICU's locale and zone data. A module of its own so that the build tool (tactful-embed) checks the built-in
/// packs' tags with this same code when the binary is built: listing every locale ICU has and the region's zones
/// costs as much as the rest of resolving a market.
public enum MarketTagCheck {
    /// What a tag turned out to be.
    public enum Outcome: Equatable, Sendable {
        /// Not a well-formed tag.
        case malformed
        /// Well formed, but ICU has no data for its language, or its region has no zones (and is no UN M.49 area),
        /// or its region or language is not the one ICU's likely subtags give it.
        case unknown
        /// A known tag: its maximal locale and its region's zones (ICU's IDs; none for a UN M.49 area).
        case known(locale: ICU.LocaleID, zones: [String])
    }

    /// Checks a tag without surrounding whitespace.
    public static func check(_ tag: String) -> Outcome {
        let isRegion =
            tag.count == 2 && tag.allSatisfy { $0.isASCII && $0.isUppercase }
            || tag.count == 3 && tag.allSatisfy { $0.isASCII && $0.isNumber }
        guard let parsed = try? ICU.LocaleID(tag: isRegion ? "und-\(tag)" : tag) else { return .malformed }
        guard let maximized = try? parsed.maximized(), let zones = knownZones(maximized),
            parsed.region.isEmpty || parsed.region == maximized.region,
            parsed.language == "und" || parsed.language.isEmpty || parsed.language == maximized.language
        else { return .unknown }
        return .known(locale: maximized, zones: zones)
    }

    /// The zones of a known maximal locale's region (none for a UN M.49 area), or nil when the locale is not known:
    /// ICU has no data for its language, or its region has no zones.
    public static func knownZones(_ maximized: ICU.LocaleID) -> [String]? {
        guard languagesWithData.contains(maximized.language), !maximized.region.isEmpty else { return nil }
        let zones = (try? ICU.TimeZones.zones(inRegion: maximized.region)) ?? []
        if maximized.region.allSatisfy(\.isNumber) { return zones }
        return zones.isEmpty ? nil : zones
    }

    /// A known outcome as one line: the maximal locale's identifier, then the zones, separated by tabs (neither
    /// holds one); nil for any other outcome.
    public static func encode(_ outcome: Outcome) -> String? {
        guard case .known(let locale, let zones) = outcome else { return nil }
        return ([locale.identifier] + zones).joined(separator: "\t")
    }

    /// The known outcome of an ``encode(_:)`` line; nil when the identifier does not read back as itself.
    public static func decode(_ line: String) -> Outcome? {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard let identifier = fields.first, let locale = try? ICU.LocaleID(tag: identifier),
            locale.identifier == identifier
        else { return nil }
        return .known(locale: locale, zones: Array(fields.dropFirst()))
    }

    private static let languagesWithData: Set<String> = Set(ICU.LocaleID.available().map(\.language))
}
