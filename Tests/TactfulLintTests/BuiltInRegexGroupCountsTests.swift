import TactfulData
import TactfulICU
import TactfulYAML
import Testing

/// The capturing-group counts of the built-in pattern rules' regexes, embedded when the binary was built, are found
/// by their keys (searched by their bytes, not hashed) and are what ICU counts now; other keys find none.
@Suite struct BuiltInRegexGroupCountsTests {
    @Test func everyBuiltInPatternFindsItsCount() throws {
        var checked = 0
        for (path, text) in BuiltInData.files(under: "Locales") where path.hasSuffix(".yml") {
            for rule in try YAMLMap(yaml: text, path: path).maps("rules") where try rule.string("kind") == "pattern" {
                let pattern = try rule.string("regex")
                let caseSensitive = try rule.bool("case-sensitive") ?? false
                let count = try ICU.Regex(pattern, ignoresCase: !caseSensitive).groupCount()
                #expect(BuiltInData.regexGroupCount((caseSensitive ? "c:" : "i:") + pattern) == count, "\(pattern)")
                checked += 1
            }
        }
        #expect(checked > 20)
    }

    @Test func otherKeysFindNone() throws {
        for key in ["", "i:", "c:", "x:(a)", "i:(?<nobody>wrote)this", "\u{FFFF}"] {
            #expect(BuiltInData.regexGroupCount(key) == nil, "\(key)")
        }
    }
}
