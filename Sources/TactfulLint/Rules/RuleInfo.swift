import Foundation
/// What every rule declares in YAML, whatever its kind.
public final class RuleInfo: Sendable, Hashable {
    /// Stable id, e.g. `en.negative.cant`.
    public let id: String
    /// The finding category.
    public let category: Category
    /// Default severity (a config may change it).
    public let severity: Severity
    /// How sure the rule is.
    public let confidence: Confidence
    /// Why the match lands badly, in English.
    public let message: String
    /// The message in Simplified Chinese, for `--ui-language zh-Hans`.
    public let messageZh: String?
    /// Line scopes the rule applies to (default: body and greeting).
    public let scopes: Set<Scope>
    /// Inline regions the rule may match inside (e.g. `placeholder` for placeholder rules); style rules: none.
    public let inside: Set<Scope>
    /// Where the rule's facts or norm come from.
    public let source: String
    /// Rules of one family resolve overlaps together (leftmost-longest); defaults to the id.
    public let family: String
    /// Texts that must trigger the rule; a `↓` marks where the finding must start.
    public var triggers: [String] { examples.triggers }
    /// Texts that must not trigger the rule.
    public var clean: [String] { examples.clean }
    /// `before → after` pairs: applying the rule's first fix to `before` must give `after`.
    public var corrections: [(before: String, after: String)] { examples.corrections }
    /// The market the examples are written for (default: the pack's own market; root: en-US).
    public var exampleMarket: String? { examples.market }
    /// The channel the examples are sent on (default: email).
    public var exampleChannel: Channel { examples.channel }
    /// The support team's time zone the examples are linted with (`team-zone:`; default: none).
    public var exampleTeamZone: String? { examples.teamZone }
    /// The pack and position the rule was read from (`Locales/en.yml:12:5`).
    public let origin: String
    /// The channels the rule runs on (`channels:`; default: all): slang or dialect may be fine by SMS or in chat.
    public let channels: Set<Channel>
    /// Regions (ISO 3166) whose markets the rule skips (`except-regions:`; default: none): a US term is no finding to
    /// a US customer, and the English packs of other regions have their own rule for it.
    public let exceptRegions: Set<String>
    /// True for `context: limitation`: a finding followed by a way forward, or about a third party, is only `info`
    /// (see `LimitationContext`).
    public let isLimitation: Bool
    /// The examples as read, or where a built-in rule's are left to be read on first use.
    private let examplesRead: DeclaredExamples?
    private let examplesDeferred: DeferredExamples?

    /// The rule's examples (a built-in rule's read on first use).
    private var examples: DeclaredExamples {
        examplesRead ?? examplesDeferred?.examples(rule: id) ?? DeclaredExamples()
    }

    /// The message in the requested UI language (English unless Chinese is asked for and present).
    public func message(in uiLanguage: UILanguage) -> String {
        uiLanguage == .zhHans ? (messageZh ?? message) : message
    }

    public static func == (lhs: RuleInfo, rhs: RuleInfo) -> Bool { lhs.id == rhs.id && lhs.origin == rhs.origin }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }

    /// A rule implemented in Swift outside the packs (the template-library checks), for reports and SARIF.
    public init(id: String, category: Category, severity: Severity, message: String, source: String) {
        (self.id, self.category, self.severity, self.confidence) = (id, category, severity, .high)
        (self.message, messageZh, self.source, family, origin) = (message, nil, source, id, "built-in")
        (scopes, inside, examplesRead, examplesDeferred) = ([.body, .greeting, .signoff], [], DeclaredExamples(), nil)
        (isLimitation, channels, exceptRegions) = (false, Set(Channel.allCases), [])
    }

    /// Whether `id` is one or more letters, digits, '-', '_' and '.'. An ASCII id (every built-in one) is checked by
    /// its bytes: reading its characters was a fifth of reading a rule's shared fields.
    static func isValidID(_ id: String) -> Bool {
        guard !id.isEmpty else { return false }
        guard id.utf8.allSatisfy({ $0 < 0x80 }) else {
            return id.allSatisfy { $0.isLetter || $0.isNumber || "-._".contains($0) }
        }
        return id.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
                true
            default: false
            }
        }
    }

    /// Reads the shared fields of a rule mapping; the kind reads the rest. `deferredExamples`: the rule's examples
    /// left encoded (a built-in pack's, read on first use); nil reads them from `map`.
    init(_ map: YAMLMap, pack: String, deferredExamples: DeferredExamples? = nil) throws(PackError) {
        id = try map.string("id")
        guard Self.isValidID(id) else {
            throw map.error(map.node, "rule id '\(id)' may only hold letters, digits, '-', '_' and '.'")
        }
        guard let category = try map.choice("category", Category.self) else {
            throw map.error(map.node, "rule '\(id)' needs a category")
        }
        guard category != .template else {
            throw map.error(
                map.node("category") ?? map.node, "category 'template' is kept for tactful check's library findings")
        }
        self.category = category
        confidence = try map.choice("confidence", Confidence.self) ?? .medium
        severity = try map.choice("severity", Severity.self) ?? RuleInfo.defaultSeverity(category, confidence)
        // A folded YAML scalar (`message: >`) ends in a line break that must not reach reports.
        message = RuleInfo.trimmed(try map.string("message"))
        messageZh = try map.optionalString("message-zh").map(RuleInfo.trimmed)
        let scopeNames = try map.strings("scopes")
        var scopes: Set<Scope> = []
        for name in scopeNames {
            guard let scope = Scope(rawValue: name), Scope.lineScopes.contains(scope), scope != .quoted else {
                throw map.error(
                    map.node("scopes") ?? map.node,
                    "'\(name)' is not a scope a rule may apply to (body, greeting, signoff)")
            }
            scopes.insert(scope)
        }
        self.scopes = scopes.isEmpty ? [.body, .greeting] : scopes
        var inside: Set<Scope> = []
        for name in try map.strings("inside") {
            guard let scope = Scope(rawValue: name), !Scope.lineScopes.contains(scope) else {
                throw map.error(
                    map.node("inside") ?? map.node,
                    "'\(name)' is not an inline scope (url, email, placeholder, order-number, comment, code)")
            }
            inside.insert(scope)
        }
        self.inside = inside
        source = try map.string("source")
        family = try map.optionalString("family") ?? id
        var channels: Set<Channel> = []
        for name in try map.strings("channels") {
            guard let channel = Channel(rawValue: name) else {
                throw map.error(
                    map.node("channels") ?? map.node, "'\(name)' is not a channel (email, chat, sms, social)")
            }
            channels.insert(channel)
        }
        self.channels = channels.isEmpty ? Set(Channel.allCases) : channels
        exceptRegions = Set(try map.strings("except-regions"))
        if let bad = exceptRegions.first(where: { $0.count != 2 || !$0.allSatisfy({ $0.isASCII && $0.isUppercase }) }) {
            throw map.error(
                map.node("except-regions") ?? map.node, "'\(bad)' is not a region (two capital letters: US, GB)")
        }
        switch try map.optionalString("context") {
        case nil: isLimitation = false
        case "limitation": isLimitation = true
        case let other?:
            throw map.error(map.node("context") ?? map.node, "context '\(other)' is not known (limitation)")
        }
        examplesDeferred = deferredExamples
        examplesRead = deferredExamples == nil ? try DeclaredExamples(try map.map("examples"), rule: map, id: id) : nil
        origin = "\(pack):\(map.node.line):\(map.node.column)"
    }

    /// Only high-confidence problems are errors by default; other problems warn (culture and vocabulary too: a lead marks
    /// them); readability metrics are informational.
    static func defaultSeverity(_ category: Category, _ confidence: Confidence) -> Severity {
        switch (category, confidence) {
        case (_, .high) where [.placeholder, .privacy, .taboo, .legal].contains(category): .error
        case (.readability, _): .info
        default: .warning
        }
    }

    /// `text` without surrounding whitespace and line breaks (the scalars of `whitespacesAndNewlines`), trimmed as
    /// Foundation trims; most messages have none and are returned as they are. Foundation's trimming cost 40,000
    /// instructions a message even when there was nothing to trim, and went through NSString when there was.
    private static func trimmed(_ text: String) -> String {
        func isSpaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
            // The ASCII members of `whitespacesAndNewlines`: tab, line feed, vertical tab, form feed, return, space.
            scalar.isASCII
                ? scalar == " " || (0x09...0x0D).contains(scalar.value) : whitespaceAndNewline.contains(scalar)
        }
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
            isSpaceOrNewline(first) || isSpaceOrNewline(last)
        else { return text }
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !isSpaceOrNewline($0) }),
            let end = scalars.lastIndex(where: { !isSpaceOrNewline($0) })
        else { return "" }
        return String(scalars[start...end])
    }

    private static let whitespaceAndNewline = CharacterSet.whitespacesAndNewlines
}

/// The language of messages shown to the agent.
public enum UILanguage: String, CaseIterable, Sendable {
    case en
    case zhHans = "zh-Hans"
}
