import Foundation

/// One line of a ``GuideSection``: a label, what to know, and where it comes from.
public struct GuideLine: Codable, Sendable, Equatable {
    /// What the line is about (`Withdrawal period`, a holiday's date, a taboo's forms).
    public let label: String
    /// What an agent should know, in the UI language where the data has it.
    public let text: String
    /// The data's source: the statute, the published guide or dictionary, the rule's source, CLDR.
    public let source: String
    /// The id of the rule, taboo or occasion the line comes from, if any.
    public let id: String?
    /// The date, `YYYY-MM-DD`, of a holiday.
    public let date: String?

    /// A line; the texts are trimmed of the spaces and line breaks folded YAML leaves at their ends.
    public init(label: String, text: String, source: String, id: String? = nil, date: String? = nil) {
        (self.label, self.id, self.date) = (label, id, date)
        self.text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        self.source = source.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
