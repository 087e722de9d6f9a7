import TactfulICU
import Testing

@testable import TactfulLint

/// The pattern kind's prefilters and negation option, proved through a pack's own examples.
@Suite struct PatternOptionsTests {
    static let pack = """
        pack: en-US
        rules:
          - id: test.negated-request
            kind: pattern
            category: privacy
            regex: '\\bsend\\s+us\\s+your\\s+password\\b'
            requires: [password]
            unless-preceded-by: {words: [never, not], within: 30}
            message: Asking for a password.
            source: test
            examples:
              trigger:
                - "Please ↓send us your password."
                - "We never sell data. Please ↓send us your password."
                - "We would never, ever, under any circumstances, in any case, send us your password."
              clean:
                - "We will never ask you to send us your password."
                - "Do not send us your password."
          - id: test.percent
            kind: pattern
            category: readability
            regex: '\\d+%'
            requires-char: "%"
            message: A percentage.
            source: test
            examples:
              trigger: ["Save ↓50% today."]
              clean: ["Save fifty percent today.", "Save 50 today."]
          - id: test.both
            kind: pattern
            category: privacy
            regex: '(?:CVV|PIN) (?:please|now)'
            requires-char: "VN"
            requires-text-also: [please, now]
            message: Asking for a code.
            source: test
            examples:
              trigger: ["Your ↓CVV please.", "The ↓PIN now."]
              clean: ["Your CVV, thanks.", "Please, now."]
        """

    @Test func examplesOfBothOptionsBehave() throws {
        #expect(try TestPack(Self.pack).exampleFailures == [])
    }

    /// With `requires-text-also`, a draft must hold one of those texts as well as one of the characters.
    @Test func bothPrefiltersMustHold() throws {
        let map = try YAMLMap.parse(
            """
            regex: 'x'
            requires-char: "V"
            requires-text-also: [please]
            """, path: "both.yml")
        let required = try #require(try PatternRule.RequiredUnits(map))
        func document(_ text: String) throws -> Document {
            try Document(text: text, language: try ICU.LocaleID(tag: "en-US"), pool: ICUPool())
        }
        #expect(required.occur(in: try document("CVV please")))
        #expect(!required.occur(in: try document("CVV, thanks")))
        #expect(!required.occur(in: try document("cvv please")))
    }

    /// A `requires-char-with-latin` character, beyond ASCII or not, counts only where an ASCII letter follows it before
    /// the next closing parenthesis.
    @Test func aCharacterWithLatinNeedsALetter() throws {
        let map = try YAMLMap.parse(
            """
            regex: 'x'
            requires-char-with-latin: "（"
            requires-text: [入力]
            """, path: "latin.yml")
        let required = try #require(try PatternRule.RequiredUnits(map))
        func document(_ text: String) throws -> Document {
            try Document(text: text, language: try ICU.LocaleID(tag: "ja-JP"), pool: ICUPool())
        }
        #expect(required.occur(in: try document("（insert name）")))
        #expect(required.occur(in: try document("（お名前を入力）")))
        #expect(!required.occur(in: try document("ご注文（#123456）")))
        #expect(!required.occur(in: try document("insert name")))
        // An ASCII one as well: a Korean reply's "(#123456)" holds no ASCII letter.
        let ascii = try YAMLMap.parse("regex: 'x'\nrequires-char-with-latin: \"(\"", path: "ascii.yml")
        let parenthesis = try #require(try PatternRule.RequiredUnits(ascii))
        #expect(parenthesis.occur(in: try document("(insert name)")))
        #expect(!parenthesis.occur(in: try document("상품(#123456)은 오늘 발송되었습니다")))
        #expect(!parenthesis.occur(in: try document("insert name")))
        #expect(!parenthesis.occur(in: try document("Pesanan Anda (#123456) telah dikirim hari ini.")))
        #expect(!parenthesis.occur(in: try document("Order (#123456） shipped")))
        #expect(parenthesis.occur(in: try document("Order (#123456 insert) shipped")))
        #expect(!parenthesis.occur(in: try document("Order ((#1) x) shipped")))
        #expect(parenthesis.occur(in: try document("Order ((#1 x)) shipped")))
        #expect(!required.occur(in: try document("ご注文（#123456）です。Thank you")))
        #expect(required.occur(in: try document("ご注文（#123456 name）")))
    }

    @Test func badOptionValuesAreNamed() throws {
        let astral = Self.pack.replacingOccurrences(of: #"requires-char: "%""#, with: #"requires-char: "😀""#)
        #expect(throws: PackError.self) { try TestPack(astral) }
        let unknown = Self.pack.replacingOccurrences(of: "within: 30}", with: "within: 30, distance: 4}")
        let error = try #require(throws: PackError.self) { try TestPack(unknown) }
        #expect(error.description.contains("distance"))
        let empty = Self.pack.replacingOccurrences(of: "words: [never, not]", with: "words: []")
        #expect(throws: PackError.self) { try TestPack(empty) }
    }
}
