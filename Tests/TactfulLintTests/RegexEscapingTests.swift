import Foundation
import Testing

@testable import TactfulLint

/// The units check escapes its names as Foundation's `NSRegularExpression.escapedPattern(for:)` does.
@Suite struct RegexEscapingTests {
    @Test func escapingIsFoundations() {
        let ascii = String(decoding: (0x20...0x7E).map { UInt8($0) }, as: UTF8.self)
        var texts = [ascii, "", "インチ", "km/h", "fl. oz.", "m²", "é\u{301}", "a\\b", "(?<x>[]{2})$", "🇯🇵*|", "\u{0}."]
        for scalar in ascii.unicodeScalars { texts += [String(scalar), "x\(scalar)ポンド\(scalar)"] }
        for text in texts {
            #expect(RegexSource.escapedPattern(for: text) == NSRegularExpression.escapedPattern(for: text), "\(text)")
        }
    }
}
