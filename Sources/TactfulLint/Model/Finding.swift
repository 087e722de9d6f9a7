/// One problem found in a draft, with where it is and how to fix it. Its JSON form is a stable contract.
public struct Finding: Hashable, Sendable, Codable {
    /// Stable rule id, e.g. `de.formality.informal-pronoun`.
    public var rule: String
    /// One of the fixed categories.
    public var category: Category
    /// How serious it is.
    public var severity: Severity
    /// How sure the rule is.
    public var confidence: Confidence
    /// Why it lands badly, in one sentence (in the requested UI language).
    public var message: String
    /// The exact matched text.
    public var match: String
    /// 1-based line of the first matched character.
    public var line: Int
    /// 1-based column of the first matched character, in UTF-16 code units.
    public var column: Int
    /// 1-based line of the last matched character.
    public var endLine: Int
    /// 1-based column just after the last matched character, in UTF-16 code units.
    public var endColumn: Int
    /// Suggested rewrites, best first.
    public var fixes: [Fix]
    /// The matched span as UTF-16 offsets into the text (not encoded: positions above are the contract).
    public var span: Range<Int>

    private enum CodingKeys: String, CodingKey {
        case rule, category, severity, confidence, message, match, line, column, endLine, endColumn, fixes
    }

    /// Creates a finding; positions are filled in by the linter from `span`.
    public init(
        rule: String, category: Category, severity: Severity, confidence: Confidence, message: String,
        match: String, span: Range<Int>, fixes: [Fix] = []
    ) {
        self.rule = rule
        self.category = category
        self.severity = severity
        self.confidence = confidence
        self.message = message
        self.match = match
        self.span = span
        self.fixes = fixes
        (line, column, endLine, endColumn) = (0, 0, 0, 0)
    }

    /// Decodes a finding from its JSON form (the span is unknown and left empty).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        rule = try container.decode(String.self, forKey: .rule)
        category = try container.decode(Category.self, forKey: .category)
        severity = try container.decode(Severity.self, forKey: .severity)
        confidence = try container.decodeIfPresent(Confidence.self, forKey: .confidence) ?? .medium
        message = try container.decode(String.self, forKey: .message)
        match = try container.decode(String.self, forKey: .match)
        line = try container.decode(Int.self, forKey: .line)
        column = try container.decode(Int.self, forKey: .column)
        endLine = try container.decode(Int.self, forKey: .endLine)
        endColumn = try container.decode(Int.self, forKey: .endColumn)
        fixes = try container.decodeIfPresent([Fix].self, forKey: .fixes) ?? []
        span = 0..<0
    }
}
