import TactfulData
import TactfulGlossaryPairs
import TactfulYAML
import Testing

@testable import TactfulLint

/// The substitution rules' final pairs compiled when the binary is built (tactful-embed's `BuiltInGlossaryPairs`) are
/// the pairs a run works out from the pack's YAML and the glossary, for every built-in substitution rule of every pack;
/// and the two texts they are kept in read back to the same pairs.
@Suite struct BuiltInSubstitutionPairsTests {
    /// Every built-in substitution rule: its pack's path and its mapping, read twice (a mapping marks the keys read).
    static func builtInRules() throws -> [(path: String, compiled: YAMLMap, workedOut: YAMLMap)] {
        var rules: [(String, YAMLMap, YAMLMap)] = []
        for (path, text) in BuiltInData.files(under: "Locales") where path.hasSuffix(".yml") {
            let compiled = try YAMLMap(yaml: text, path: path).maps("rules")
            let workedOut = try YAMLMap(yaml: text, path: path).maps("rules")
            for (first, second) in zip(compiled, workedOut) where try first.string("kind") == "substitution" {
                rules.append((path, first, second))
            }
        }
        return rules
    }

    @Test func compiledPairsAreThePairsTheYAMLGives() throws {
        let rules = try Self.builtInRules()
        var compiledCount = 0
        for (path, compiledMap, workedOutMap) in rules {
            let compiled = try SubstitutionRule(
                info: try RuleInfo(compiledMap, pack: path), map: compiledMap, glossaries: GlossaryStore())
            let workedOut = try SubstitutionRule(
                info: try RuleInfo(workedOutMap, pack: path), map: workedOutMap, glossaries: GlossaryStore(),
                compiled: false)
            #expect(compiled.wrong == workedOut.wrong, "\(compiled.info.origin)")
            #expect(compiled.right == workedOut.right, "\(compiled.info.origin)")
            #expect(compiled.caseSensitive == workedOut.caseSensitive && compiled.fixIsSafe == workedOut.fixIsSafe)
            // A rule that writes no pairs of its own and reads a built-in glossary has its list compiled.
            let glossary = try workedOutMap.optionalString("glossary")
            let compilable =
                workedOutMap.node("pairs") == nil && workedOutMap.node("case-sensitive") == nil
                && glossary.flatMap(BuiltInData.text(at:)) != nil
            if compilable {
                let key = try #require(
                    SubstitutionPairs.key(
                        glossary: glossary ?? "", from: try workedOutMap.string("from"),
                        to: try workedOutMap.string("to"), transform: try workedOutMap.optionalString("transliterate"),
                        except: try workedOutMap.strings("except"), caseSensitive: false))
                #expect(BuiltInData.substitutionPairs(key) != nil, "\(compiled.info.origin)")
                compiledCount += 1
            }
        }
        #expect(rules.count > 40 && compiledCount > 30, "\(rules.count) rules, \(compiledCount) compiled")
    }

    @Test func encodedPairsReadBack() throws {
        let pairs = [
            GlossaryPair(wrong: "colour", right: "color"), GlossaryPair(wrong: "centre", right: ""),
            GlossaryPair(wrong: "écrã", right: "tela"),
        ]
        let table = SubstitutionPairs(pairs)
        let encoded = try #require(table.encoded)
        #expect(SubstitutionPairs.decode(wrong: encoded.wrong, right: encoded.right) == table)
        #expect(Array(table.right) == ["color", "", "tela"])
        #expect(SubstitutionPairs([GlossaryPair(wrong: "a\u{1F}b", right: "c")]).encoded == nil)
        #expect(SubstitutionPairs([]).encoded == nil)
        #expect(SubstitutionPairs.decode(wrong: "a\u{1F}b", right: "c") == nil)
    }

    @Test func listTransformsExceptsAndKeepsEachFormOnce() {
        let glossary = GlossaryPairs(
            [
                GlossaryPair(wrong: "Lorry", right: "truck"), GlossaryPair(wrong: "lorry", right: "truck"),
                GlossaryPair(wrong: "tap", right: "faucet"), GlossaryPair(wrong: "same", right: "SAME"),
            ],
            distinct: false)
        let folded = SubstitutionPairs.list(
            own: [], glossary: glossary, transform: { $0.uppercased() }, except: ["TAP"], caseSensitive: false)
        #expect(folded == [GlossaryPair(wrong: "LORRY", right: "TRUCK")])
        #expect(
            SubstitutionPairs.list(
                own: [], glossary: glossary, transform: { _ in nil }, except: [], caseSensitive: false)
                == nil)
        let exact = SubstitutionPairs.list(own: [], glossary: glossary, transform: nil, except: [], caseSensitive: true)
        #expect(exact?.map(\.wrong) == ["Lorry", "lorry", "tap", "same"])
    }
}
