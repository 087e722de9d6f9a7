import TactfulICU
import Testing

@testable import TactfulLint

/// The forms built-in patterns write classes in so that ICU compiles them cheaply (a case-insensitive `\p{L}` with
/// case folding off, `\d` outside a class) match exactly the code points of the classes they stand for.
@Suite struct CheapRegexFormTests {
    /// Every code point but the surrogates, one after another, as UTF-16.
    private static let everyCodePoint: [UInt16] = {
        var units: [UInt16] = []
        units.reserveCapacity(2_300_000)
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            units += UTF16.encode(scalar).map(Array.init) ?? []
        }
        return units
    }()

    /// The matches of one-character `pattern` in every code point.
    private func matches(_ pattern: String, ignoresCase: Bool) throws -> [Range<Int>] {
        try ICU.Regex(pattern, ignoresCase: ignoresCase).matches(in: Self.everyCodePoint)
    }

    @Test(arguments: [
        (#"\p{L}"#, RegexSource.caseInsensitiveLetter),
        (#"[\p{L}-]"#, #"(?-i:[\p{L}\u0345-])"#),  // Locales/de.yml, nl.yml
        (#"[\w-]"#, #"(?-i:[\w-])"#),  // Locales/fr-FR.yml
    ])
    func caseInsensitiveClassWithoutCaseFolding(original: String, cheap: String) throws {
        let expected = try matches(original, ignoresCase: true)
        #expect(expected.count > 100_000)
        #expect(try matches(cheap, ignoresCase: true) == expected)
    }

    /// NationalIDFormat's shapes.
    @Test(arguments: [
        (#"[\dA-Za-z]"#, #"(?:\d|[A-Za-z])"#), (#"[\dXx]"#, #"(?:\d|[Xx])"#), (#"[\d.]"#, #"(?:\d|\.)"#),
        (#"[\d-]"#, #"(?:\d|-)"#), (#"[\dXYZ]"#, #"(?:\d|[XYZ])"#),
    ])
    func digitClassAsAlternation(original: String, cheap: String) throws {
        let expected = try matches(original, ignoresCase: false)
        #expect(expected.count > 600)
        #expect(try matches(cheap, ignoresCase: false) == expected)
    }
}
