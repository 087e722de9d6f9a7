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
    public init(rule: String, category: Category, severity: Severity, confidence: Confidence, message: String,
                match: String, span: Range<Int>, fixes: [Fix] = []) {
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

extension Finding {
    /// The finding reduced to what summaries count (rule, category, severity), to keep memory flat on big runs.
    public var severityOnly: Finding {
        Finding(rule: rule, category: category, severity: severity, confidence: confidence, message: "", match: "", span: 0..<0)
    }
}

/// A suggested rewrite of a finding's span.
public struct Fix: Hashable, Sendable, Codable {
    /// The replacement text (for a suggestion: a whole example sentence for the agent to adapt).
    public var replacement: String
    /// What the rewrite does, for the agent.
    public var description: String
    /// True for deterministic, local rewrites (`--fix`); false for rewordings (`--fix-unsafe`).
    public var safe: Bool
    /// True for a rewrite that would change what the sentence says (drop a negation, add a promise): shown to the
    /// agent, never applied by `--fix` or `--fix-unsafe`. Its `replacement` replaces the whole sentence.
    public var suggestion: Bool

    /// Creates a fix.
    public init(replacement: String, description: String, safe: Bool, suggestion: Bool = false) {
        self.replacement = replacement
        self.description = description
        self.safe = safe && !suggestion
        self.suggestion = suggestion
    }

    /// Decodes a fix; `suggestion` is false when absent (JSON written before it existed).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        replacement = try container.decode(String.self, forKey: .replacement)
        description = try container.decode(String.self, forKey: .description)
        safe = try container.decode(Bool.self, forKey: .safe)
        suggestion = try container.decodeIfPresent(Bool.self, forKey: .suggestion) ?? false
    }

    /// Whether `--fix` (`.safe`) or `--fix-unsafe` (`.unsafe`) applies this fix.
    public func isApplied(in mode: FixApplier.Mode) -> Bool {
        !suggestion && (safe || mode == .unsafe)
    }
}

/// The fixed vocabulary of finding categories shared by reports, configs and tests.
public enum Category: String, CaseIterable, Sendable, Codable, Comparable {
    case formality, registerMix = "register-mix", taboo, culture, negativePhrasing = "negative-phrasing"
    case vocabulary, placeholder, currency, units, dateTime = "date-time", privacy, legal, readability
    /// Findings about a template library rather than a text: a missing translation, a template whose market is
    /// unknown (`tactful check` only; packs may not use it).
    case template

    /// Orders by declaration order.
    public static func < (lhs: Category, rhs: Category) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// How serious a finding is; `--fail-on` compares against it.
public enum Severity: String, CaseIterable, Sendable, Codable, Comparable {
    case info, warning, error

    /// `info` < `warning` < `error`.
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// How sure a rule is of its findings; only high-confidence problems default to errors.
public enum Confidence: String, CaseIterable, Sendable, Codable {
    case high, medium, low
}

/// Where the reply will be sent; readability limits depend on it.
public enum Channel: String, CaseIterable, Sendable, Codable {
    case email, chat, sms, social
}
