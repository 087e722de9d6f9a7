import TactfulData
import Testing
import Yams

@testable import TactfulLint

/// The pre-parsed YAML trees read back as exactly what parsing the files gives: nodes, tags, styles, positions.
@Suite struct PreparsedYAMLTests {
    /// Node-for-node equality including what `Node ==` leaves out: styles, marks, and tags as stored (unresolved
    /// where composing left them so; `Node.tag` would resolve them).
    static func same(_ a: Node, _ b: Node) -> Bool {
        guard a.mark?.line == b.mark?.line, a.mark?.column == b.mark?.column else { return false }
        switch (a, b) {
        case (.scalar(let x), .scalar(let y)):
            return x.tag.description == y.tag.description && x.string == y.string && x.style == y.style
        case (.mapping(let x), .mapping(let y)):
            return x.tag.description == y.tag.description && x.style == y.style && x.count == y.count
                && zip(x, y).allSatisfy { same($0.0.key, $0.1.key) && same($0.0.value, $0.1.value) }
        case (.sequence(let x), .sequence(let y)):
            return x.tag.description == y.tag.description && x.style == y.style && x.count == y.count
                && zip(x, y).allSatisfy { same($0, $1) }
        default: return false
        }
    }

    /// A loaded value in a canonical text form (mappings sorted by key).
    static func canonical(_ value: Any) -> String {
        if let map = value as? [AnyHashable: Any] {
            return "{"
                + map.map { ("\($0.key)", canonical($0.value)) }.sorted { $0.0 < $1.0 }
                .map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}"
        }
        if let list = value as? [Any] { return "[" + list.map(canonical).joined(separator: ", ") + "]" }
        return "\(type(of: value)):\(value)"
    }

    @Test func everyBuiltInYAMLFileReadsBackAsParsed() throws {
        let files = BuiltInData.paths.filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }
        #expect(files.count > 50)
        for path in files {
            let text = try #require(BuiltInData.text(at: path))
            guard let parsed = try Yams.compose(yaml: text, .basic) else { continue }
            let preparsed = try #require(PreparsedYAML.node(at: path, text: text), "\(path) has no pre-parsed tree")
            #expect(Self.same(preparsed, parsed), "\(path)")
            #expect(preparsed == parsed, "\(path)")
        }
    }

    @Test func loadsWhatYamsLoads() throws {
        for path in ["Glossaries/scopes.yml", "Glossaries/language/negation.yml", "Locales/root.yml"] {
            let text = try #require(BuiltInData.text(at: path))
            let loaded = try #require(PreparsedYAML.load(at: path) as? [String: Any])
            let expected = try #require(try Yams.load(yaml: text, .basic) as? [String: Any])
            #expect(Self.canonical(loaded) == Self.canonical(expected))
        }
    }

    @Test func aUserFileAtABuiltInPathIsParsedAsWritten() throws {
        #expect(PreparsedYAML.node(at: "Locales/root.yml", text: "pack: root\n") == nil)
        let map = try YAMLMap.parse("pack: mine\nrules: []\n", path: "Locales/root.yml")
        #expect(try map.string("pack") == "mine")
    }

    @Test func malformedEncodingsAreRefused() {
        for encoded in [
            "", "Y1", "Y1s0i99,1,3:ab", "Y1m0i1,1,1:s0i1,1,1:a", "Y2s0i1,1,1:a", "Y1x0i1,1,0:", "Y1s0z1,1,1:a",
        ] {
            #expect(PreparsedYAML.decode(encoded) == nil, "\(encoded)")
        }
        #expect(PreparsedYAML.decode("Y1s1i2,3,2:hi")?.string == "hi")
        #expect(PreparsedYAML.decode("Y1s1x5:!mine2,3,2:hi")?.scalar?.tag.description == "!mine")
    }
}
