import Foundation
import Testing
@testable import TactfulLint

/// The evaluation corpora (`Tests/Corpus`): the dev half must not fall below the recorded floor
/// (`Tests/Corpus/dev-floor.json`, rewritten on purpose with `tactful-bench quality --write-floor`), and no fix that
/// `--fix-unsafe` applies may drop a negation or add a commitment, on any real text or any pack's trigger example.
@Suite struct CorpusQualityTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpus")
    static let texts = Result { try CorpusText.load(root: root) }
    static let library = Result { try PackLibrary() }

    @Test func theCorporaHaveTheirShape() throws {
        let texts = try Self.texts.get()
        let real = texts.filter { $0.corpus == "real" }, blind = texts.filter { $0.corpus == "blind" }
        #expect(real.count >= 150)
        #expect(blind.count >= 600)
        #expect(Set(real.map(\.market)).count >= 26)
        let perMarket = Dictionary(grouping: blind, by: \.market).mapValues(\.count)
        #expect(perMarket.values.allSatisfy { $0 >= 20 }, "\(perMarket)")
        #expect(Double(blind.filter(\.isClean).count) / Double(blind.count) >= 0.35)
        // The hash splits the files about evenly; files named dev-*.yml are dev whatever their hash.
        let hashed = texts.filter { !($0.path.split(separator: "/").last ?? "").hasPrefix("dev-") }
        let dev = hashed.filter { $0.split == .dev }.count
        #expect(abs(Double(dev) / Double(hashed.count) - 0.5) < 0.05)
        #expect(CorpusSplit(path: "blind/de-DE/dev-b2-001-refund.yml") == .dev)
    }

    @Test func theDevHalfHoldsTheFloor() throws {
        let dev = try Self.texts.get().filter { $0.split == .dev }
        var evaluation = QualityEvaluation(library: try Self.library.get())
        let scores = try evaluation.score(dev)
        let floor = try QualityFloor(contentsOf: Self.root.appendingPathComponent("dev-floor.json"))
        let drops = floor.drops(in: scores)
        #expect(drops.isEmpty, "\(drops.joined(separator: "\n"))")
    }

    @Test func unsafeFixesKeepNegationsAndAddNoPromise() throws {
        let library = try Self.library.get()
        var evaluation = QualityEvaluation(library: library)
        var samples: [(market: String, text: String)] = try Self.texts.get().filter { $0.corpus == "real" }
            .map { ($0.market, $0.text) }
        for (name, pack) in try library.allPacks() {
            for info in pack.rules.map(\.info) {
                let market = info.exampleMarket ?? (name == "root" ? "en-US" : name)
                samples += info.triggers.map { (market, $0.replacingMarker()) }
            }
        }
        var changed: [String] = []
        for (market, text) in samples {
            guard let linter = try? evaluation.linter(for: market) else { continue }
            let findings = try linter.lint(text)
            let fixed = FixApplier.apply(findings, to: text, mode: .unsafe).text
            let guardian = MeaningGuard(cues: LanguageCues.of(linter.ruleSet.market.locale.language))
            if fixed != text, guardian.changesMeaning(of: text, to: fixed) {
                changed.append("\(market): \(text) → \(fixed)")
            }
        }
        #expect(samples.count > 800)
        #expect(changed.isEmpty, "\(changed.prefix(20).joined(separator: "\n"))")
    }

    @Test func suggestionsAreNeverApplied() throws {
        var evaluation = QualityEvaluation(library: try Self.library.get())
        let text = "Unfortunately, we can't refund the shipping fee."
        let findings = try evaluation.linter(for: "en-GB").lint(text)
        let fix = try #require(findings.first { $0.category == .negativePhrasing }?.fixes.first)
        #expect(fix.suggestion && !fix.safe)
        #expect(fix.replacement.hasSuffix(text))
        #expect(FixApplier.apply(findings, to: text, mode: .unsafe).text == text)
    }

    @Test func aWayForwardOrAThirdPartyMakesALimitationInfo() throws {
        var evaluation = QualityEvaluation(library: try Self.library.get())
        let linter = try evaluation.linter(for: "en-US")
        func severity(_ text: String) throws -> Severity? {
            try linter.lint(text).first { $0.rule == "en.negative.refusal" }?.severity
        }
        #expect(try severity("We can't refund this order.") == .warning)
        #expect(try severity("We can't refund a used item, but we can offer an exchange or store credit.") == .info)
        #expect(try severity("We can't change the courier's delivery slot.") == .info)
        #expect(try severity("We cannot refund it. Instead, we'll send a replacement today.") == .info)
    }

    @Test func everyPlaceholderRuleFindsOnlyInsideThePlaceholderScope() throws {
        let library = try Self.library.get()
        let root = try #require(try library.pack("root"))
        var evaluation = QualityEvaluation(library: library)
        let linter = try evaluation.linter(for: "en-US")
        for info in root.rules.map(\.info)
        where info.category == .placeholder && info.id != "root.placeholder.malformed" {
            for example in info.triggers {
                let text = example.replacingMarker()
                let document = try Document(
                    text: text, language: linter.ruleSet.market.locale, pool: linter.ruleSet.pool)
                for finding in try linter.lint(text) where finding.rule == info.id {
                    #expect(
                        document.inlineScopes(overlapping: finding.span) == [.placeholder],
                        "\(info.id) found “\(finding.match)” outside the placeholder scope in “\(text)”")
                }
            }
        }
    }
}
