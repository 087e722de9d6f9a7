import TactfulICU
import Testing

@testable import TactfulLint

/// Inline URL scopes: a URL without a slash is found by its "www", wherever the run of w's falls.
@Suite struct ScopeMapTests {
    /// The inline scopes over each unit of `text`'s `www`, found by the draft's scope map.
    static func scopesOfWWW(_ text: String) throws -> Set<Scope> {
        let document = try Document(text: text, language: ICU.LocaleID(tag: "en-GB"), pool: ICUPool())
        let start = Array(text.utf16).firstRange(of: Array("www".utf16))?.lowerBound ?? 0
        return document.inlineScopes(overlapping: start..<(start + 3))
    }

    @Test func aURLWithoutASlashIsAURLAtEveryOffset() throws {
        for padding in 0..<6 {
            let spaces = String(repeating: " ", count: padding)
            #expect(try Self.scopesOfWWW("Visit\(spaces) www.example.com today").contains(.url), "\(padding)")
            #expect(try Self.scopesOfWWW("(\(spaces)www.example.com)").contains(.url), "\(padding)")
        }
        #expect(try !Self.scopesOfWWW("Two w's: ww.example and w w w are no URL").contains(.url))
    }
}
