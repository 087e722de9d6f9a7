import TactfulData
import TactfulYAML
import Testing

@testable import TactfulLint

/// The pre-parsed YAML trees read back as exactly what parsing the files gives: nodes, scalar styles and tags,
/// positions.
@Suite struct PreparsedYAMLTests {
    @Test func everyBuiltInYAMLFileReadsBackAsParsed() throws {
        let files = BuiltInData.paths.filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }
        #expect(files.count > 50)
        for path in files {
            let text = try #require(BuiltInData.text(at: path))
            guard let parsed = try YAMLValue.compose(text) else { continue }
            let preparsed = try #require(PreparsedYAML.value(at: path, text: text), "\(path) has no pre-parsed tree")
            #expect(preparsed == parsed, "\(path)")
        }
    }

    @Test func aBuiltInFileIsItsPreparsedTree() throws {
        for path in ["Glossaries/scopes.yml", "Glossaries/language/negation.yml", "Locales/root.yml"] {
            let text = try #require(BuiltInData.text(at: path))
            #expect(PreparsedYAML.builtIn(at: path) == (try YAMLValue.compose(text)))
        }
        #expect(PreparsedYAML.builtIn(at: "Glossaries/none.yml") == nil)
    }

    @Test func aTopLevelEntryReadAloneIsTheParsedFilesEntry() throws {
        let files = BuiltInData.paths.filter { $0.hasPrefix("Glossaries/") && $0.hasSuffix(".yml") }
        var read = 0
        for path in files {
            guard let keyed = PreparsedYAML.builtIn(at: path)?.mapping else { continue }
            let byKey = try #require(PreparsedYAML.builtIn(at: path)).byKey
            for key in keyed.compactMap(\.key.string) {
                #expect(PreparsedYAML.builtIn(at: path, key: key) == byKey[key], "\(path): \(key)")
                read += 1
            }
            #expect(PreparsedYAML.builtIn(at: path, key: "no-such-key") == nil)
        }
        #expect(read > 300)
        #expect(
            PreparsedYAML.decodeEntry("a", of: "Y1m0i1,1,1:s1i1,1,1:as1i1,4,1:b")
                == .found(YAMLValue(.scalar(YAMLScalar("b", style: .plain, tag: .untyped)), line: 1, column: 4)))
        for malformed in ["Y1q0i1,1,0:", "Y1m0i1,1,1:s0i1,1,1:a", "Y1m0i1,1,1:s0i1,1,1:as0i1,1,9:b", "Y1m0i1,1,0:x"] {
            #expect(PreparsedYAML.decodeEntry("a", of: malformed) == nil, "\(malformed)")
        }
    }

    @Test func aUserFileAtABuiltInPathIsParsedAsWritten() throws {
        #expect(PreparsedYAML.value(at: "Locales/root.yml", text: "pack: root\n") == nil)
        let map = try YAMLMap.parse("pack: mine\nrules: []\n", path: "Locales/root.yml")
        #expect(try map.string("pack") == "mine")
    }

    @Test func malformedEncodingsAreRefused() {
        for encoded in [
            "", "Y1", "Y1s0i99,1,3:ab", "Y1m0i1,1,1:s0i1,1,1:a", "Y2s0i1,1,1:a", "Y1x0i1,1,0:", "Y1s0z1,1,1:a",
            "Y1s0i1,1,1:a", "Y1q1i1,1,999999999999:",
        ] {
            #expect(PreparsedYAML.decode(encoded) == nil, "\(encoded)")
        }
        let hi = YAMLValue(.scalar(YAMLScalar("hi", style: .plain, tag: .untyped)), line: 2, column: 3)
        #expect(PreparsedYAML.decode("Y1s1i2,3,2:hi") == hi)
        #expect(PreparsedYAML.decode("Y1s1x5:!mine2,3,2:hi")?.scalar?.tag == .untyped)
        #expect(PreparsedYAML.decode("Y1s1x22:tag:yaml.org,2002:null2,3,1:~")?.scalar?.tag == .null)
        #expect(PreparsedYAML.decode("Y1s3s2,3,3:yes")?.scalar == YAMLScalar("yes", style: .doubleQuoted, tag: .string))
    }
}
