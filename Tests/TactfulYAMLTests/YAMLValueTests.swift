import Testing
import Yams

@testable import TactfulYAML

/// The light tree reads every scalar as Yams' `Node` composed with the basic resolver reads it, and keeps its
/// positions; aliases stay shared.
@Suite struct YAMLValueTests {
    static let scalars = [
        "plain", "'quoted'", "\"yes\"", "yes", "On", "OFF", "true", "nope", "!!str yes", "! yes", "!!bool yes",
        "!!null ~", "~", "null", "''", "0", "+0", "-0", "42", "-17", "+5", "1_000", "0x1F", "-0x1f", "0b101", "0o17",
        "010", "09", "1:30", "-1:30", "1:-30", "1::2", "99999999999999999999", "4.5", "'7'", "|\n  7\n", "!!int 12",
        "\"0x10\"", "1:99999999999999999:0", "+2:00:01",
    ]

    @Test(arguments: scalars)
    func aScalarReadsAsYamsReadsIt(written: String) throws {
        let yaml = "key: \(written)\n"
        let node = try #require(try Yams.compose(yaml: yaml, .basic)?["key"])
        let value = try #require(try YAMLValue.compose(yaml)?["key"])
        #expect(value.string == node.string)
        #expect(value.bool == node.bool)
        #expect(value.int == node.int)
        #expect(value.scalar?.style.rawValue == node.scalar.map { UInt8($0.style.rawValue) })
        #expect(value.line == node.mark?.line && value.column == node.mark?.column)
        // As the law tables read null before: the resolved tag, or the text.
        let nullText = ["", "~", "null", "Null", "NULL"].contains(node.string)
        let null = node.tag.rawValue == Tag.Name.null.rawValue || nullText
        #expect(value.scalar?.isNull == null)
    }

    @Test func aSexagesimalNumberBeyondIntIsNoNumber() throws {
        // Yams traps on it.
        #expect(try YAMLValue.compose("key: 99999999999999999:0:0\n")?["key"]?.int == nil)
    }

    @Test func nodesKeepTheirPositions() throws {
        let value = try #require(try YAMLValue.compose("a:\n  - x\n  - {b: 'y'}\n"))
        #expect((value.line, value.column) == (1, 1))
        let items = try #require(value["a"]?.sequence)
        #expect((items[0].line, items[0].column) == (2, 5))
        let inner = try #require(items[1].mapping?.first)
        #expect((inner.key.line, inner.key.column, inner.value.line, inner.value.column) == (3, 6, 3, 9))
    }

    @Test func anAliasIsTheNodeItNames() throws {
        let value = try #require(try YAMLValue.compose("a: &x {on: [sun]}\nb: *x\n"))
        #expect(value["a"] == value["b"])
        #expect(value["b"]?.line == 1)
    }

    @Test func anAliasBombConvertsInTimeProportionalToItsText() throws {
        var yaml = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let list = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            yaml += "a\(level): &a\(level) [\(list)]\n"
        }
        let value = try #require(try YAMLValue.compose(yaml))
        #expect(value["a9"]?.sequence?.count == 10)
        #expect(value["a9"]?.sequence?.first?.sequence?.first?.sequence?.count == 10)
    }

    @Test func aMappingReadsByKeyAndAListAsItsTexts() throws {
        let value = try #require(try YAMLValue.compose("a: [x, 'y', [z]]\nb: c\n"))
        #expect(value["a"]?.texts == ["x", "y"])
        #expect(value.byKey.keys.sorted() == ["a", "b"])
        #expect(value["b"]?.texts == [])
        #expect(value["c"] == nil)
    }
}
