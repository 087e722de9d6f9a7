import TactfulMarkets

/// Runs every rule's own examples, SwiftLint-style: triggering examples must trigger (at the `↓` marker when
/// there is one), clean ones must not, and each triggering example is stressed — after a multi-byte prefix it
/// must still trigger; quoted as customer text or under a suppression comment it must not; with its first fix
/// applied the rule must not fire on the fixed span again. Used by the test suite and by `tactful rules test`.
public struct RuleExamples {
    /// One example that did not behave.
    public struct Failure: Sendable, CustomStringConvertible {
        /// The rule id.
        public let rule: String
        /// Where the rule is declared.
        public let origin: String
        /// What went wrong, with the example text.
        public let problem: String

        /// `origin: rule: problem`.
        public var description: String { "\(origin): \(rule): \(problem)" }
    }

    private let library: PackLibrary
    private let resolver: MarketResolver

    /// Examples checked against `library`'s packs.
    public init(library: PackLibrary) {
        self.library = library
        resolver = MarketResolver(packs: library.names)
    }

    /// Checks every rule of `pack`; an empty result means every example behaved.
    public func check(_ pack: Pack) -> [Failure] {
        let tag = pack.name == "root" ? "en-US" : pack.name
        guard let market = try? resolver.resolve(tag) else {
            return [Failure(rule: "-", origin: pack.path, problem: "no market resolves for pack '\(pack.name)'")]
        }
        let library = self.library.adding(pack)
        var linters: [String: Linter] = [:]
        let failures = cleanReplyFailures(pack, market: market, library: library)
        return failures
            + pack.ruleInfos.flatMap { info -> [Failure] in
                let tag = info.exampleMarket ?? market.tag
                if linters[tag] == nil, let exampleMarket = try? resolver.resolve(tag),
                    let ruleSet = try? RuleSet(market: exampleMarket, library: library)
                {
                    linters[tag] = Linter(ruleSet: ruleSet)
                }
                guard let linter = linters[tag], linter.ruleSet.ruleInfos.contains(where: { $0.origin == info.origin })
                else {
                    return [
                        Failure(rule: info.id, origin: info.origin, problem: "the rule is not active in market \(tag)")
                    ]
                }
                return check(info, linter: linter)
            }
    }

    /// Every `clean-replies:` text, linted with the market's whole rule set, must give nothing at or above warning.
    private func cleanReplyFailures(_ pack: Pack, market: Market, library: PackLibrary) -> [Failure] {
        guard !pack.cleanReplies.isEmpty, let ruleSet = try? RuleSet(market: market, library: library) else {
            return []
        }
        let linter = Linter(ruleSet: ruleSet)
        return pack.cleanReplies.compactMap { reply in
            let found = ((try? linter.lint(reply)) ?? []).filter { $0.severity >= .warning }
            guard !found.isEmpty else { return nil }
            let list = found.map { "\($0.rule) on “\($0.match)”" }.joined(separator: ", ")
            return Failure(
                rule: "clean-replies", origin: pack.path, problem: "a clean reply for \(market.tag) got \(list)")
        }
    }

    private func check(_ info: RuleInfo, linter: Linter) -> [Failure] {
        var failures: [Failure] = []
        func fail(_ problem: String) { failures.append(Failure(rule: info.id, origin: info.origin, problem: problem)) }
        var linter = linter
        if let zone = info.exampleTeamZone {
            var settings = linter.settings
            settings.teamTimeZone = zone
            linter = Linter(ruleSet: linter.ruleSet, settings: settings)
        }
        func hits(_ text: String) -> [Finding] {
            ((try? linter.lint(text, channel: info.exampleChannel)) ?? []).filter { $0.rule == info.id }
        }

        for example in info.triggers {
            let marker = example.utf16.firstIndex(of: 0x2193).map {
                example.utf16.distance(from: example.utf16.startIndex, to: $0)
            }
            let text = example.replacingMarker()
            let found = hits(text)
            if found.isEmpty { fail("did not trigger on “\(text)”"); continue }
            if let marker, !found.contains(where: { $0.span.lowerBound == marker }) {
                fail("triggered on “\(text)” but not at the ↓ marker (found at \(found.map(\.span.lowerBound)))")
            }
            if hits("😀 " + text).isEmpty { fail("did not trigger after a multi-byte prefix: “😀 \(text)”") }
            let quoted = "Thanks!\n\nOn Mon, 2 Mar 2026 at 10:00, Customer <c@example.com> wrote:\n" + text
            if !hits(quoted).isEmpty { fail("triggered inside quoted customer text: “\(text)”") }
            let suppressed = "<!-- tactful-disable \(info.id) -->\n" + text
            if !hits(suppressed).isEmpty { fail("triggered under a tactful-disable comment: “\(text)”") }
            if let first = found.first, first.fixes.contains(where: \.safe) {
                let fixed = FixApplier.apply([first], to: text, mode: .safe).text
                if hits(fixed).contains(where: {
                    $0.span.lowerBound == first.span.lowerBound && $0.match == first.match
                }) {
                    fail("its safe fix did not remove the finding: “\(fixed)”")
                }
            }
        }
        for example in info.clean where !hits(example).isEmpty {
            fail(
                "triggered on the clean example “\(example)” (matched “\(hits(example).map(\.match).joined(separator: "”, “"))”)"
            )
        }
        for correction in info.corrections {
            let found = hits(correction.before)
            let fixed = FixApplier.apply(Array(found.prefix(1)), to: correction.before, mode: .unsafe).text
            if fixed != correction.after {
                fail("fixing “\(correction.before)” gave “\(fixed)”, expected “\(correction.after)”")
            }
        }
        return failures
    }
}

extension String {
    /// The text without its `↓` marker.
    func replacingMarker() -> String { String(unicodeScalars.filter { $0 != "↓" }.map(Character.init)) }
}
