/// The stable JSON form of a market (documented in the README; fields are only ever added).
extension Market: Encodable {
    private enum CodingKeys: String, CodingKey {
        case tag, requested, name, language, script, region, currency, measurementSystem, hourCycle
        case uses24HourClock, firstWeekday, weekend, timeZones, chain
    }

    /// Encodes the market with its English display name.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(tag, forKey: .tag)
        try container.encode(requested, forKey: .requested)
        try container.encode(displayName(), forKey: .name)
        try container.encode(language, forKey: .language)
        try container.encode(script, forKey: .script)
        try container.encode(region, forKey: .region)
        try container.encode(currency, forKey: .currency)
        try container.encode(measurementSystem.rawValue, forKey: .measurementSystem)
        try container.encode(hourCycle.rawValue, forKey: .hourCycle)
        try container.encode(uses24HourClock, forKey: .uses24HourClock)
        try container.encode(firstWeekday, forKey: .firstWeekday)
        try container.encode(weekend, forKey: .weekend)
        try container.encode(timeZones, forKey: .timeZones)
        try container.encode(chain, forKey: .chain)
    }
}
