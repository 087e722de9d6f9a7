import Foundation
import TactfulData
import TactfulRequests

/// `kind: request` — a sentence that asks the customer for data no reply may ask for: a card's security code, the
/// full card number, a PIN, a password or one-time code, a national ID number or a copy of the ID
/// (`Glossaries/privacy/requests.yml`). A request cue ("send", "请提供", "kirimkan") and a sensitive noun in one
/// sentence make the finding; a negation in the sentence ("we will never ask for your password") or a safe
/// qualifier ("the last four digits of your card number") clears it. Data that is only unsafe somewhere (a home
/// address posted "in the comments") needs one of its `where` words in the sentence too. A payment card and a word
/// that exposes all of it (a photo, both sides, all 16 digits), a few words apart, are a sensitive noun together.
///
/// ```yaml
/// kind: request      # no keys of its own: the nouns and cues are data
/// ```
struct RequestRule: RuleKind {
    let info: RuleInfo
    /// What a finding reads of each data item.
    private let data: [RequestLiterals.Item]
    /// Each literal's role.
    private let roles: [RequestLiterals.Role]
    /// Languages whose negation may come after the request ("senden Sie uns Ihre PIN nicht", 送らないでください).
    private let negationAfterRequest: Set<String>
    /// The cues and the items' words as literals, compiled when the binary was built (``RequestLiterals``).
    let literalTable: LiteralTable

    var literals: [Literal] { literalTable.literals }
    var findsOnlyAtLiterals: Bool { true }

    /// The rule over the built-in glossary, whose literals were compiled when the binary was built.
    init(info: RuleInfo, map: YAMLMap) throws(PackError) {
        self.info = info
        guard let literals = RequestLiterals.builtIn else {
            throw map.error(map.node, "no requests: Glossaries/privacy/requests.yml is missing or invalid")
        }
        (data, roles, negationAfterRequest) = (literals.items, literals.roles, literals.negationAfterRequest)
        literalTable = LiteralTable(literals.phrases)
    }

    /// True for a hit of a request cue.
    private func isCue(_ hit: LiteralHit) -> Bool {
        if case .cue = roles[hit.literal] { true } else { false }
    }

    func findings(in context: LintContext, hits: [LiteralHit]) throws(LintError) -> [Finding] {
        let document = context.document
        // Most replies hold a cue ("send", "share") and no sensitive noun: they end here, before any sentence work.
        let nounSentences = Set(
            hits.compactMap { hit -> Range<Int>? in
                switch roles[hit.literal] {
                case .noun, .card: document.sentence(containing: hit.range.lowerBound)
                default: nil
                }
            })
        guard !nounSentences.isEmpty else { return [] }
        var sentences: [Range<Int>: [LiteralHit]] = [:]
        for hit in hits {
            let sentence = document.sentence(containing: hit.range.lowerBound)
            if nounSentences.contains(sentence) { sentences[sentence, default: []].append(hit) }
        }
        var findings: [Finding] = []
        let allCues = hits.filter(isCue).map(\.range)
        for (sentence, found) in sentences {
            var cues: [Range<Int>] = []
            if !found.contains(where: isCue) {
                // A list item asked for by the line that introduces the list ("Kirim dalam 5 baris seperti ini:",
                // then "3. Nomor KTP").
                guard let intro = Self.listIntroduction(of: sentence, in: document, cues: allCues) else { continue }
                cues.append(intro)
            }
            var cleared: Set<Int> = [], placed: Set<Int> = []
            var safeSpans: [Range<Int>] = []
            var nouns: [(item: Int, range: Range<Int>)] = []
            for hit in found {
                switch roles[hit.literal] {
                case .unless(let item):
                    cleared.insert(item)
                    safeSpans.append(hit.range)
                case .cue: cues.append(hit.range)
                case .place(let item):
                    // "by private message, not in the comments": a negated place is where the data must not go.
                    let clause = document.clause(containing: hit.range.lowerBound, commas: true)
                    if !context.cues.negations.occurs(in: document.string(clause.lowerBound..<hit.range.lowerBound)) {
                        placed.insert(item)
                    }
                case .noun(let item): nouns.append((item, hit.range))
                case .card, .exposes: break
                }
            }
            nouns += Self.exposedCards(found.map { (roles[$0.literal], $0.range) })
            // The cue a noun answers to: the nearest one before it ("send us your password"), else the nearest one
            // after it ("you'll get a one-time code by SMS – just pop it in the chat").
            func cue(for noun: Range<Int>) -> Range<Int>? {
                cues.filter { $0.lowerBound <= noun.lowerBound }.max { $0.lowerBound < $1.lowerBound }
                    ?? cues.filter { $0.lowerBound > noun.lowerBound }.min { $0.lowerBound < $1.lowerBound }
            }
            func distance(_ noun: Range<Int>) -> Int {
                cues.filter { $0.lowerBound <= noun.lowerBound }.map { noun.lowerBound - $0.lowerBound }.min()
                    ?? Int.max
            }
            // Per item, the noun the request is about: the nearest one after a cue ("send a 6-digit OTP to your
            // phone, please also send us the OTP"), else the first; the longest at its place ("full card number").
            var chosen: [Int: (item: Int, range: Range<Int>)] = [:]
            for hit in nouns {
                // A noun inside a safe phrase is that phrase's ("PIN" in "PIN code", India's postal code).
                let item = hit.item
                guard !cleared.contains(item), !data[item].placed || placed.contains(item),
                    !safeSpans.contains(where: { $0.overlaps(hit.range) })
                else { continue }
                if let current = chosen[item],
                    (distance(current.range), current.range.lowerBound, -current.range.count) <= (
                        distance(hit.range), hit.range.lowerBound, -hit.range.count
                    )
                {
                    continue
                }
                chosen[item] = hit
            }
            // In the data's order: two items found over one span ("card number" as a card number and as a card to
            // show) then keep the same one whatever the dictionary's order, which changes from run to run.
            for (item, hit) in chosen.sorted(by: { $0.key < $1.key }) {
                guard let cue = cue(for: hit.range) else { continue }
                // A negation in the noun's clause or the cue's, before the request ends, clears it ("we will never
                // ask for your PIN, TAN or password", "please do not send your card number"); one in another clause
                // does not ("your payment didn't go through. type your card number here"), nor one after the request
                // ("pásame tu contraseña y miro por qué no se procesa el pago"). When the noun and the cue share a
                // clause between commas, that clause is the request ("if the payment did not go through, send us
                // your card number", "付款没成功的话，您把验证码发给我").
                let requestEnd =
                    negationAfterRequest.contains(context.market.language)
                    ? Int.max : max(hit.range.upperBound, cue.upperBound)
                let commaClause = document.clause(containing: hit.range.lowerBound, commas: true)
                let sharesClause = commaClause == document.clause(containing: cue.lowerBound, commas: true)
                let clauses =
                    sharesClause
                    ? [commaClause]
                    : [document.clause(containing: hit.range.lowerBound), document.clause(containing: cue.lowerBound)]
                guard
                    !clauses.contains(where: { clause in
                        let upTo = clause.lowerBound..<max(clause.lowerBound, min(clause.upperBound, requestEnd))
                        return context.cues.negations.occurs(in: document.string(upTo))
                    })
                else {
                    continue
                }
                // A request in a later clause ("you'll get a one-time code by SMS, just pop it in the chat") is
                // shown with the noun it points back to; in one clause the noun is enough (verb-final languages).
                let pointsBack = cue.lowerBound > hit.range.lowerBound && !sharesClause
                let span = pointsBack ? hit.range.lowerBound..<max(hit.range.upperBound, cue.upperBound) : hit.range
                findings.append(context.finding(info, span, message: data[item].message(context.uiLanguage)))
            }
        }
        return findings.sorted { $0.span.lowerBound < $1.span.lowerBound }
    }

    /// The request cue of the line that introduces the list `sentence` is an item of: the sentence's line starts with a
    /// list mark (a number and a stop or bracket, a dash, a bullet), and above it, past other items and blank lines,
    /// a line ending in a colon holds a cue.
    private static func listIntroduction(of sentence: Range<Int>, in document: Document, cues: [Range<Int>])
        -> Range<Int>?
    {
        var line = document.lineIndex(of: sentence.lowerBound)
        guard isListItem(document.lineRange(line), in: document) else { return nil }
        while line > 0 {
            line -= 1
            let range = document.lineRange(line)
            let text = document.string(range).trimmingCharacters(in: .whitespaces)
            if text.isEmpty || isListItem(range, in: document) { continue }
            guard text.hasSuffix(":") || text.hasSuffix("：") else { return nil }
            return cues.last { range.contains($0.lowerBound) }
        }
        return nil
    }

    /// True when the line starts with a list mark: "1." "2)" "-" "•" "*" "・".
    private static func isListItem(_ line: Range<Int>, in document: Document) -> Bool {
        let text = document.string(line).drop { $0 == " " || $0 == "\t" }
        if let first = text.first, "-•*・●▪".contains(first) { return true }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 2 else { return false }
        return text.dropFirst(digits.count).first.map { ".)．）".contains($0) } ?? false
    }

    /// The most UTF-16 units between a card and the word that exposes it ("une copie recto verso de votre carte
    /// bancaire": 22), so that a photo and a card in different parts of a long sentence are not paired.
    private static let exposureGap = 30

    /// A payment card named with a word that exposes all of it, a few words apart in either order, as one noun over
    /// both ("foto della tua carta di credito, fronte e retro").
    private static func exposedCards(_ roles: [(RequestLiterals.Role, Range<Int>)]) -> [(item: Int, range: Range<Int>)]
    {
        var nouns: [(item: Int, range: Range<Int>)] = []
        for case (.card(let item), let card) in roles {
            let exposures = roles.compactMap { role, range -> Range<Int>? in
                guard case .exposes(item) = role, !range.overlaps(card) else { return nil }
                let gap =
                    range.lowerBound >= card.upperBound
                    ? range.lowerBound - card.upperBound : card.lowerBound - range.upperBound
                return gap <= exposureGap ? range : nil
            }
            guard
                let nearest = exposures.min(by: {
                    abs($0.lowerBound - card.lowerBound) < abs($1.lowerBound - card.lowerBound)
                })
            else { continue }
            nouns.append((item, min(card.lowerBound, nearest.lowerBound)..<max(card.upperBound, nearest.upperBound)))
        }
        return nouns
    }
}

extension RequestLiterals.Item {
    /// What a finding about the item tells the agent, in the UI language: why, and whether only posting it publicly
    /// is the problem.
    func message(_ ui: UILanguage) -> String {
        let why = reason[ui.rawValue] ?? reason["en"] ?? id
        if placed {
            return ui == .zhHans ? "不要让客户公开发布这类信息。\(why)" : "Never ask the customer to post this publicly. \(why)"
        }
        return ui == .zhHans ? "不要在回复中向客户索取这类信息。\(why)" : "Never ask the customer for this in a reply. \(why)"
    }
}

extension RequestLiterals {
    /// The literals of the built-in glossary, compiled when the binary was built (``RequestLiterals/encoded``); nil
    /// when the file was missing or invalid.
    static let builtIn: RequestLiterals? = BuiltInData.requestLiterals.flatMap(RequestLiterals.decode)
}
