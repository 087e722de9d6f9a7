import TactfulICU
import TactfulLiteralBoundaries
import TactfulMarkets

/// A rule compiled from YAML. One type per kind (`Kinds/`); each matches only, never decides severity or scope.
protocol RuleKind: Sendable {
    /// The shared declaration.
    var info: RuleInfo { get }
    /// Literal phrases for the market's shared automaton (matched case-, width- and apostrophe-insensitively).
    /// The index of a literal here comes back in `LiteralHit.literal`.
    var literals: [Literal] { get }
    /// ``literals`` as one table, which the rule set reads: a kind with thousands of built-in phrases keeps them so,
    /// as bytes, and makes no string of each.
    var literalTable: LiteralTable { get }
    /// True when the rule can find nothing in a text where none of its literals occurs (the linter then skips
    /// it for that text).
    var findsOnlyAtLiterals: Bool { get }
    /// This rule as one that reads other rules' findings, else nil. A requirement, not an `as?` cast: a cast that
    /// fails scans every protocol conformance of the process once per rule type (4M instructions per rule set).
    var asSummary: (any SummaryKind)? { get }
    /// Findings for a document, given the automaton's hits on this rule's literals (original spans).
    func findings(in context: LintContext, hits: [LiteralHit]) throws(LintError) -> [Finding]
    /// This rule as compiled into `market`'s rule set: without the data that can give no finding in the market (a
    /// built-in table read only for the market's region), so that a run reads none of it. The same findings there.
    func narrowed(to market: Market) -> any RuleKind
}

extension RuleKind {
    var literals: [Literal] { [] }
    var literalTable: LiteralTable { LiteralTable(literals) }
    var findsOnlyAtLiterals: Bool { false }
    var asSummary: (any SummaryKind)? { nil }
    func narrowed(to market: Market) -> any RuleKind { self }
}

/// A phrase a rule wants found.
struct Literal: Sendable {
    /// The phrase as written in the pack.
    let text: String
    /// True: must start and end on word boundaries. False: must only end on one (a suffix such as Korean 니다).
    let wholeWord: Bool
    /// False: may end inside a word too. For phrases of scripts written without spaces, whose dictionary word
    /// breaks need not fall where the phrase ends (不能退 in 就不能退貨).
    let endsOnBoundary: Bool

    init(_ text: String, wholeWord: Bool = true, endsOnBoundary: Bool = true) {
        self.text = text
        self.wholeWord = wholeWord
        self.endsOnBoundary = endsOnBoundary
    }

    /// A phrase matched as a whole word where the language spaces its words; anywhere in a run of Chinese,
    /// Japanese or Thai text, where word breaks are a dictionary's guess (and an emoji anywhere); and from the start of a Korean word,
    /// whatever particle or ending follows (반품 in 반품은, 지났 in 지났으니).
    static func byScript(_ text: String) -> Literal {
        let (wholeWord, endsOnBoundary) = boundaries(startingWith: text.unicodeScalars.first?.value ?? 0)
        return Literal(text, wholeWord: wholeWord, endsOnBoundary: endsOnBoundary)
    }

    /// ``byScript(_:)``'s boundaries for a phrase whose first scalar is `first` (0: an empty phrase).
    static func boundaries(startingWith first: UInt32) -> (wholeWord: Bool, endsOnBoundary: Bool) {
        LiteralBoundaries.byScript(startingWith: first)
    }

    /// The literal for a phrase written with `*` stems: "어쩔 수 없*" may end inside a word (없어요, 없습니다),
    /// "*ليست مسؤوليتنا" may start inside one (وليست). Phrases of unspaced scripts match anywhere.
    static func written(_ phrase: String) -> Literal {
        // A `*` is written apart from the letters it marks (no combining mark after it, no prepended sign before
        // it), so its byte is tested and cut: comparing Characters was most of building the stance literals. A phrase
        // without one is used as it is (cutting nothing still made a string of each).
        let bytes = phrase.utf8
        let open = bytes.first == UInt8(ascii: "*"), stem = bytes.last == UInt8(ascii: "*")
        let text = open || stem ? String(Substring(bytes.dropFirst(open ? 1 : 0).dropLast(stem ? 1 : 0))) : phrase
        let byScript = Literal.byScript(text)
        return Literal(
            byScript.text, wholeWord: byScript.wholeWord && !open, endsOnBoundary: byScript.endsOnBoundary && !stem)
    }
}

/// An occurrence of one of a rule's literals in the document.
struct LiteralHit: Sendable {
    /// Original UTF-16 span.
    let range: Range<Int>
    /// Index into the rule's `literals`.
    let literal: Int
}

/// Everything a rule may look at while linting one document.
struct LintContext {
    let document: Document
    let market: Market
    let channel: Channel
    let uiLanguage: UILanguage
    /// The cue lists of the market's language.
    let cues: LanguageCues
    /// Compiled ICU objects shared by every document of this rule set.
    let pool: ICUPool
    /// The support team's IANA time zone, when the config or the request gives one.
    var teamZone: String? = nil
    /// The draft's ways forward and third parties, for rules that judge a limitation per finding (`kind: stance`).
    var limitation: LimitationContext? = nil

    /// A finding of `rule` on `range`, with the rule's message in the UI language.
    func finding(_ info: RuleInfo, _ range: Range<Int>, fixes: [Fix] = [], message: String? = nil) -> Finding {
        Finding(
            rule: info.id, category: info.category, severity: info.severity, confidence: info.confidence,
            message: message ?? info.message(in: uiLanguage), match: document.string(range), span: range,
            fixes: fixes)
    }
}

/// A failure while linting that is not the draft's fault: a user rule's regex ran out of time, ICU failed.
public struct LintError: Error, Sendable, CustomStringConvertible {
    /// One line naming the rule and the problem.
    public let description: String
}
