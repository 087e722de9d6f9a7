import TactfulData
import TactfulYAML
import Testing

@testable import TactfulLint

/// A built-in pack's rules leave their `examples:` encoded and read them on first use: what they read then is what
/// parsing the pack's YAML gives, for every pack, and the tree a lint reads is the parsed one without them.
@Suite struct DeferredExamplesTests {
    private static var packPaths: [String] {
        BuiltInData.files(under: "Locales").map(\.path).filter { $0.hasSuffix(".yml") }
    }

    @Test func everyBuiltInRulesDeferredExamplesAreTheParsedOnes() throws {
        var rules = 0
        for path in Self.packPaths {
            let text = try #require(BuiltInData.text(at: path))
            let deferred = try PackLoader.load(text, path: path, glossaries: GlossaryStore(), deferringExamples: true)
            // Another path: the text is parsed with Yams, not read from its pre-parsed tree.
            let parsed = try PackLoader.load(text, path: "parsed/" + path, glossaries: GlossaryStore())
            #expect(deferred.rules.count == parsed.rules.count, "\(path)")
            for (lazy, eager) in zip(deferred.ruleInfos, parsed.ruleInfos) {
                #expect(lazy.id == eager.id, "\(path)")
                #expect(lazy.triggers == eager.triggers, "\(path): \(lazy.id)")
                #expect(lazy.clean == eager.clean, "\(path): \(lazy.id)")
                #expect(lazy.corrections.map(\.before) == eager.corrections.map(\.before), "\(path): \(lazy.id)")
                #expect(lazy.corrections.map(\.after) == eager.corrections.map(\.after), "\(path): \(lazy.id)")
                #expect(lazy.exampleMarket == eager.exampleMarket, "\(path): \(lazy.id)")
                #expect(lazy.exampleChannel == eager.exampleChannel, "\(path): \(lazy.id)")
                #expect(lazy.exampleTeamZone == eager.exampleTeamZone, "\(path): \(lazy.id)")
                rules += 1
            }
        }
        #expect(rules > 300)
    }

    @Test func aPacksTreeIsTheParsedTreeWithoutItsRulesExamples() throws {
        for path in Self.packPaths {
            let text = try #require(BuiltInData.text(at: path))
            let encoded = try #require(BuiltInData.preparsedYAML(at: path))
            let (tree, examples) = try #require(PreparsedYAML.decodePack(encoded), "\(path)")
            let parsed = try #require(try YAMLValue.compose(text))
            let rules = parsed["rules"]?.sequence ?? []
            #expect(examples.count == rules.count, "\(path)")
            #expect(examples.allSatisfy { $0 != nil }, "\(path): every built-in rule has examples, left encoded")
            for (offset, rule) in zip(examples, rules) {
                #expect(offset.flatMap { PreparsedYAML.decode(encoded, at: $0) } == rule["examples"], "\(path)")
            }
            #expect(tree == Self.withoutExamples(parsed), "\(path)")
        }
    }

    @Test func onlyTheFirstRulesListsRulesLeaveTheirExamples() throws {
        // pack: p / rules: [{id: a, examples: x}, b, {id: c}] / rules: [{examples: y}] / examples: z
        let encoded =
            "Y1m0i1,1,4:s1i1,1,4:packs1i1,7,1:p"
            + "s1i2,1,5:rulesq0i3,3,3:m0i3,3,2:s1i3,3,2:ids1i3,7,1:as1i4,3,8:exampless1i4,13,1:x"
            + "s1i5,3,1:bm0i6,3,1:s1i6,3,2:ids1i6,7,1:c"
            + "s1i7,1,5:rulesq0i8,3,1:m0i8,3,1:s1i8,3,8:exampless1i8,13,1:y"
            + "s1i9,1,8:exampless1i9,11,1:z"
        let (tree, examples) = try #require(PreparsedYAML.decodePack(encoded))
        #expect(examples.count == 3)
        #expect(examples[1] == nil && examples[2] == nil)
        let first = try #require(examples[0])
        #expect(PreparsedYAML.decode(encoded, at: first)?.string == "x")
        let rules = tree.mapping?.filter { $0.key.string == "rules" }.compactMap(\.value.sequence) ?? []
        #expect(rules.count == 2)
        #expect(rules.first?.first?["examples"] == nil)
        #expect(rules.last?.first?["examples"]?.string == "y")
        #expect(tree["examples"]?.string == "z")
        #expect(PreparsedYAML.decode(encoded, at: 0) == nil)
        #expect(PreparsedYAML.decode(encoded, at: encoded.utf8.count) == nil)
    }

    @Test func aSizedNodeIsReadAsItsNodeAndSteppedOverByItsLength() throws {
        let scalar = YAMLValue(.scalar(YAMLScalar("a", style: .plain, tag: .untyped)), line: 1, column: 1)
        #expect(PreparsedYAML.decode("Y1z10:s1i1,1,1:a") == scalar)
        for malformed in ["Y1z9:s1i1,1,1:a", "Y1z11:s1i1,1,1:a", "Y1z:s1i1,1,1:a", "Y1z99:s1i1,1,1:a"] {
            #expect(PreparsedYAML.decode(malformed) == nil, "\(malformed)")
        }
        // A rule's sized examples are stepped over; the next key is read after them.
        let encoded = "Y1m0i1,1,1:s1i1,1,5:rulesq0i2,3,1:m0i2,3,2:s1i2,3,8:examplesz11:s1i2,13,1:xs1i3,3,2:ids1i3,7,1:a"
        let (tree, examples) = try #require(PreparsedYAML.decodePack(encoded))
        let offset = try #require(examples.first ?? nil)
        #expect(PreparsedYAML.decode(encoded, at: offset)?.string == "x")
        #expect(tree["rules"]?.sequence?.first?["id"]?.string == "a")
        #expect(tree["rules"]?.sequence?.first?["examples"] == nil)
        // Every built-in rule's examples are written sized.
        for path in Self.packPaths {
            let encoded = try #require(BuiltInData.preparsedYAML(at: path))
            let offsets = try #require(PreparsedYAML.decodePack(encoded)).examples.compactMap { $0 }
            let bytes = Array(encoded.utf8)
            #expect(offsets.allSatisfy { bytes[$0 - 1] == UInt8(ascii: ":") }, "\(path)")
        }
    }

    /// `tree` with the `examples` pairs of its first `rules` list's rules left out.
    private static func withoutExamples(_ tree: YAMLValue) -> YAMLValue {
        guard let pairs = tree.mapping else { return tree }
        var rulesSeen = false
        let kept = pairs.map { pair -> YAMLValue.Pair in
            guard !rulesSeen, pair.key.string == "rules", let rules = pair.value.sequence else { return pair }
            rulesSeen = true
            let trimmed = rules.map { rule -> YAMLValue in
                guard let fields = rule.mapping else { return rule }
                let left = fields.filter { $0.key.string != "examples" }
                return YAMLValue(.mapping(left), line: rule.line, column: rule.column)
            }
            return YAMLValue.Pair(
                key: pair.key, value: YAMLValue(.sequence(trimmed), line: pair.value.line, column: pair.value.column))
        }
        return YAMLValue(.mapping(kept), line: tree.line, column: tree.column)
    }
}
