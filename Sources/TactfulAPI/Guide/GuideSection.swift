/// One section of a ``MarketGuide``: a heading and its lines, with a note when the data has nothing for the market
/// and the number of entries left out of a bounded list.
public struct GuideSection: Codable, Sendable, Equatable {
    /// The section's stable id: `register`, `taboos`, `holidays`, `occasions`, `conventions`, `law`, `vocabulary`.
    public let id: String
    /// The heading in the UI language.
    public let title: String
    /// The lines, each with its source.
    public let lines: [GuideLine]
    /// Why the section is empty or partial (no holiday calendar, no law table), in the UI language.
    public let note: String?
    /// How many entries of the data were left out of a bounded list (vocabulary).
    public let omitted: Int?

    /// A section.
    public init(id: String, title: String, lines: [GuideLine], note: String? = nil, omitted: Int? = nil) {
        (self.id, self.title, self.lines, self.note, self.omitted) = (id, title, lines, note, omitted)
    }
}
