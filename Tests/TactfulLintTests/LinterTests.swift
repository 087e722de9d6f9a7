import Testing
@testable import TactfulLint
import TactfulICU
import TactfulMarkets

@Suite struct LinterTests {
    static let library = Result { try PackLibrary() }

    func lint(_ text: String, _ tag: String = "en-US", channel: Channel = .email) throws -> [Finding] {
        let market = try MarketResolver().resolve(tag)
        let ruleSet = try RuleSet(market: market, library: try Self.library.get())
        return try Linter(ruleSet: ruleSet).lint(text, channel: channel)
    }

    @Test func positionsAreOneBasedUTF16() throws {
        let findings = try lint("😀 Hello\nHi {{first_name}}, thanks!")
        let placeholder = try #require(findings.first { $0.category == .placeholder })
        #expect(placeholder.match == "{{first_name}}")
        #expect((placeholder.line, placeholder.column, placeholder.endLine, placeholder.endColumn) == (2, 4, 2, 18))
        #expect(placeholder.severity == .error)
    }

    @Test func quotedCustomerTextIsNeverLinted() throws {
        let text = "Thanks for your patience.\n\n> Where is my order {{x}}?!!!\n"
        #expect(try lint(text).isEmpty)
    }

    @Test func suppressionCommentsSilenceARule() throws {
        let text = "<!-- tactful-disable-next-line root.placeholder.mustache -->\nHi {{name}}"
        #expect(try lint(text).isEmpty)
        let region = "<!-- tactful-disable -->\nHi {{name}}!!!\n<!-- tactful-enable -->\nBye {{name}}"
        #expect(try lint(region).map(\.match) == ["{{name}}"])
    }

    @Test func screensAreSoldByTheInch() throws {
        #expect(try lint("Ihr Laptop (15,6 inch) wird repariert.", "de-DE").isEmpty)
        #expect(
            try lint("Der Rucksack ist 18 inches hoch, für einen Laptop reicht er.", "de-DE").contains {
                $0.category == .units
            })
        #expect(try lint("We received the returned laptop (Nova X15, 15.6 inch) today.", "en-IN").isEmpty)
    }

    @Test func indianSizeChartsAreInInches() throws {
        #expect(try lint("Size M fits chest 38-40 inches; the kurta length is 44 inches.", "en-IN").isEmpty)
        #expect(try lint("The parcel weighs 5 pounds.", "en-IN").contains { $0.category == .units })
        #expect(try lint("Die Jacke passt bei 38 inches Brustumfang.", "de-DE").contains { $0.category == .units })
    }

    @Test func currencyDependsOnTheMarket() throws {
        // The market's own sign reads as its currency; beside another currency it is ambiguous.
        #expect(try lint("It costs $49.99.", "en-CA").isEmpty)
        #expect(try lint("It costs $49.99, shipping 12 USD.", "en-CA").contains { $0.category == .currency })
        #expect(try lint("价格是¥259。", "zh-CN").isEmpty)
        // 元 is Taiwan's own unit word for the New Taiwan dollar; to a Japanese customer it is renminbi.
        #expect(try lint("來回運費是150元。", "zh-TW").isEmpty)
        #expect(try lint("送料は150元です。", "ja-JP").contains { $0.category == .currency })
        #expect(try lint("It costs $49.99.", "en-US").isEmpty)
        let german = try lint("Der Preis beträgt €49.99.", "de-DE")
        #expect(german.first?.fixes.first?.replacement == "49,99\u{a0}€")
    }

    @Test func twelveHourTimesGetTheMarketsClock() throws {
        let finding = try #require(try lint("Wir rufen Sie um 5pm an.", "de-DE").first { $0.category == .dateTime })
        #expect(finding.fixes.first?.replacement == "17:00")
        #expect(finding.fixes.first?.safe == true)
    }

    @Test func unitsAreConvertedWithTheOriginalKept() throws {
        let finding = try #require(try lint("Der Riemen ist 10 inches lang.", "de-DE").first { $0.category == .units })
        #expect(finding.fixes.first?.replacement == "10 inches (25,4 cm)")
    }

    @Test func orderNumberScopesSurviveTheDigitPreCheck() throws {
        func orderNumbers(_ text: String) throws -> [String] {
            let document = try Document(text: text, language: try ICU.LocaleID(tag: "en-US"), pool: ICUPool())
            return document.inlineRegions.filter { $0.scope == .orderNumber }.map { document.string($0.range) }
        }
        #expect(try orderNumbers("UPS tracking 1Z999AA10123456784 is live.") == ["1Z999AA10123456784"])
        #expect(try orderNumbers("Order #4521 and AB-123456 shipped.") == ["#4521", "AB-123456"])
        #expect(try orderNumbers("Order 123 shipped in 2 boxes.").isEmpty)
    }

    @Test func longSentencesAreFoundAcrossTheSentencePreCheck() throws {
        let words = Array(repeating: "parcel", count: 44).joined(separator: " ")
        let long = "We checked, e.g. the \(words) today."  // "e.g. the": no certain break, one ICU sentence
        #expect(try lint(long).contains { $0.rule == "en.readability.sentence-length" })
        let short = Array(repeating: "We checked the parcel today. Thanks!", count: 12).joined(separator: " ")
        #expect(try !lint(short).contains { $0.rule == "en.readability.sentence-length" })
    }

    @Test func aSentenceIsAWarningOnlyWhenItRunsPastTwiceTheLimit() throws {
        func severity(_ count: Int) throws -> Severity? {
            let words = Array(repeating: "parcel", count: count).joined(separator: " ")
            return try lint("We checked the \(words) today.").first { $0.rule == "en.readability.sentence-length" }?
                .severity
        }
        // The email limit is 30 words: over it, advice; over 60, "far too long for the channel".
        #expect(try severity(40) == .info)
        #expect(try severity(70) == .warning)
    }

    @Test func foldedMessagesCarryNoTrailingLineBreak() throws {
        let rules = try Self.library.get().allPacks().values.flatMap(\.ruleInfos)
        #expect(rules.filter { $0.message.hasSuffix("\n") || ($0.messageZh ?? "").hasSuffix("\n") }.map(\.id) == [])
    }

    @Test func cardNumbersAreMasked() throws {
        let finding = try #require(try lint("Card 4111 1111 1111 1111 was charged.").first { $0.category == .privacy })
        #expect(finding.fixes.first?.replacement == "••••••••••••1111")
    }

    @Test func fixesApplyBackToFrontAndKeepOtherText() throws {
        let text = "We close at 5pm and open at 9am. Call us!!!"
        let findings = try lint(text, "de-DE")
        let fixed = FixApplier.apply(findings, to: text, mode: .safe)
        #expect(fixed.text == "We close at 17:00 and open at 09:00. Call us!!!")
    }
}

@Suite struct OverlapTests {
    /// Disjoint findings are returned as they are, without grouping by family: what the grouping would keep, on random
    /// findings of a few rules and families, overlapping or not.
    @Test func disjointFindingsAreKeptAsTheFamiliesWouldKeepThem() {
        var random = RandomAsciiTexts()
        let families = ["r.a": "f.one", "r.b": "f.one", "r.c": "r.c"]
        func sorted(_ findings: [Finding]) -> [Finding] {
            findings.sorted {
                ($0.span.lowerBound, $0.span.upperBound, $0.rule) < ($1.span.lowerBound, $1.span.upperBound, $1.rule)
            }
        }
        var disjoint = 0
        for _ in 0..<2000 {
            let findings = (0..<(2 + random.next(4))).map { _ in
                let start = random.next(40)
                return Finding(
                    rule: ["r.a", "r.b", "r.c", "r.d"][random.next(4)], category: .formality, severity: .warning,
                    confidence: .medium, message: "", match: "", span: start..<(start + random.next(6)))
            }
            let resolved = Linter.resolveOverlaps(findings, families: families)
            #expect(sorted(resolved) == sorted(Linter.resolveFamilies(findings, families: families)))
            if Linter.areDisjoint(findings) {
                disjoint += 1
                #expect(resolved == findings)
            }
        }
        #expect(disjoint > 100)
    }

    @Test func leftmostLongestWithinAFamilyOnly() throws {
        let pack = try PackLibrary.parse(
            yaml: """
                pack: en-US
                rules:
                  - id: t.short
                    kind: phrase
                    category: negative-phrasing
                    family: t.refusal
                    message: Short.
                    source: Test.
                    phrases: ["we can't"]
                    examples: {trigger: ["we can't"], clean: ["we can"]}
                  - id: t.long
                    kind: phrase
                    category: negative-phrasing
                    family: t.refusal
                    message: Long.
                    source: Test.
                    phrases: ["sorry we can't"]
                    examples: {trigger: ["sorry we can't"], clean: ["sorry"]}
                  - id: t.other
                    kind: phrase
                    category: formality
                    message: Other family.
                    source: Test.
                    phrases: ["can't"]
                    examples: {trigger: ["can't"], clean: ["can"]}
                """, path: "overlap.yml")
        let library = try PackLibrary().adding(pack)
        let linter = Linter(
            ruleSet: try RuleSet(market: try MarketResolver().resolve("en-US"), library: library) {
                $0.id.hasPrefix("t.")
            })
        let rules = try linter.lint("Sorry we can't do that.").map(\.rule).sorted()
        #expect(rules == ["t.long", "t.other"])
    }

    @Test func aFamilyNamedForOneOfItsRulesKeepsThatRulesFindingWhereverTheOtherStarts() throws {
        let pack = try PackLibrary.parse(
            yaml: """
                pack: en-US
                rules:
                  - id: t.head
                    kind: phrase
                    category: legal
                    message: Head.
                    source: Test.
                    phrases: ["refund this item"]
                    examples: {trigger: ["refund this item"], clean: ["refund"]}
                  - id: t.member
                    kind: phrase
                    category: negative-phrasing
                    family: t.head
                    message: Member.
                    source: Test.
                    phrases: ["we can't refund"]
                    examples: {trigger: ["we can't refund"], clean: ["we can"]}
                """, path: "head.yml")
        let library = try PackLibrary().adding(pack)
        let linter = Linter(
            ruleSet: try RuleSet(market: try MarketResolver().resolve("en-US"), library: library) {
                $0.id.hasPrefix("t.")
            })
        #expect(try linter.lint("Sorry, we can't refund this item.").map(\.rule) == ["t.head"])
        #expect(
            try linter.lint("We can't refund. Please refund this item.").map(\.rule).sorted() == ["t.head", "t.member"])
    }
}
