import Testing

@testable import TactfulYAML

/// The one positioned-YAML reader: parse errors, key spellings and unknown keys, each at its `path:line:col`.
@Suite struct YAMLReaderTests {
    @Test(arguments: ["a: [1, 2\n", "a: b\n c: d\n", "a: *nowhere\n"])
    func syntaxErrorsPointIntoTheFile(yaml: String) {
        #expect {
            try YAMLNode.parse(yaml, path: "f.yml")
        } throws: { error in
            guard let error = error as? PositionedError else { return false }
            return error.path == "f.yml" && error.line >= 1 && error.column >= 1
                && error.message.hasPrefix("invalid YAML: ") && "\(error)".hasPrefix("f.yml:\(error.line):")
        }
    }

    @Test(arguments: ["", "# only a comment\n"])
    func anEmptyFileIsAnErrorAtItsStart(yaml: String) {
        #expect { try YAMLNode.parse(yaml, path: "f.yml") } throws: { "\($0)" == "f.yml:1:1: error: the file is empty" }
    }

    @Test func aFileOverTheLimitIsRefusedUnread() {
        let huge = String(repeating: "a", count: YAMLNode.maximumBytes + 1)
        #expect { try YAMLNode.parse(huge, path: "f.yml") } throws: {
            "\($0)" == "f.yml: error: file is larger than 8 MiB"
        }
    }

    @Test func aDocumentlessFileIsNilWhenAsked() throws {
        #expect(try YAMLNode.document("# nothing\n", path: "f.yml") == nil)
        #expect(try YAMLNode.document("a: 1\n", path: "f.yml")?.node.mapping?.count == 1)
    }

    @Test func theErrorPrintsItsPositionOnlyWhenKnown() {
        #expect(
            PositionedError(path: "p.yml", line: 3, column: 7, message: "bad").description == "p.yml:3:7: error: bad")
        #expect(PositionedError(path: "p.yml", line: 0, column: 0, message: "bad").description == "p.yml: error: bad")
    }

    @Test(arguments: [
        ("firstReply", "first-reply"), ("maxBodyBytes", "max-body-bytes"), ("first-reply", "first-reply"),
        ("host", "host"), ("nthWeekday", "nth-weekday"),
    ])
    func camelCaseKeysHaveAKebabSpelling(camel: String, kebab: String) {
        #expect(KeySpelling.kebab(camel) == kebab)
        #expect(KeySpelling.matches(camel, kebab) && KeySpelling.matches(kebab, camel))
    }

    @Test func spellingsThatDifferOtherwiseDoNotMatch() {
        #expect(!KeySpelling.matches("firstreply", "first-reply"))
        #expect(!KeySpelling.matches("first_reply", "first-reply"))
    }

    @Test func fieldsAcceptEitherSpellingUnderTheNameAskedFor() throws {
        let root = try YAMLNode.parse("firstReply: 2m\nclock: calendar\n", path: "f.yml")
        let fields = try root.fields("a policy", allowed: ["clock", "first-reply"])
        #expect(try fields["first-reply"]?.string("first-reply") == "2m")
        #expect(try fields["clock"]?.string("clock") == "calendar")
        // Asked for in camelCase (the holiday files' style), written in kebab-case.
        let camel = try YAMLNode.parse("nth-weekday: {month: 11}\n", path: "f.yml").fields(
            "a holiday", allowed: ["nthWeekday"])
        #expect(camel["nthWeekday"] != nil)
    }

    @Test func fieldsRejectUnknownAndTwiceSpelledKeysWhereTheyAre() throws {
        let unknown = try YAMLNode.parse("clock: calendar\nfirstReplyy: 2m\n", path: "f.yml")
        #expect { try unknown.fields("a policy", allowed: ["clock", "first-reply"]) } throws: {
            "\($0)" == "f.yml:2:1: error: unknown key 'firstReplyy' in a policy (known: clock, first-reply)"
        }
        let twice = try YAMLNode.parse("first-reply: 2m\nfirstReply: 3m\n", path: "f.yml")
        #expect { try twice.fields("a policy", allowed: ["first-reply"]) } throws: {
            "\($0)" == "f.yml:2:1: error: duplicate key 'firstReply' in a policy"
        }
    }

    @Test func aMapReadsACamelCaseAliasAndCountsItRead() throws {
        let map = try YAMLMap(yaml: "requiresChar: x\nlevel: warning\n", path: "p.yml")
        #expect(try map.optionalString("requires-char") == "x")
        #expect(try map.optionalString("level") == "warning")
        try map.rejectUnknownKeys()
    }

    @Test func aMapReportsTheKeyNobodyRead() throws {
        let map = try YAMLMap(yaml: "level: warning\nlevle: error\n", path: "p.yml")
        _ = try map.optionalString("level")
        #expect { try map.rejectUnknownKeys() } throws: { "\($0)" == "p.yml:2:1: error: unknown key 'levle'" }
    }

    @Test func typedAccessorsNameTheKeyAndPointAtTheValue() throws {
        let map = try YAMLMap(yaml: "count: many\nflag: maybe\n", path: "p.yml")
        #expect { try map.int("count") } throws: { "\($0)" == "p.yml:1:8: error: 'count' must be a whole number" }
        #expect { try map.bool("flag") } throws: { "\($0)" == "p.yml:2:7: error: 'flag' must be true or false" }
    }
}
