import TactfulICU
import Testing

/// ICU's UTF-16 made a string by the module's own transcoding is what the standard library's decoding gives, repairs
/// of ill-formed units included.
@Suite struct UTF16DecodingTests {
    @Test func decodingIsTheStandardLibrarys() {
        var texts: [[UInt16]] = ["", "USD", "山田様", "é\u{301}", "🇯🇵 👍🏽", "ไทย", "a\u{0}b"].map { Array($0.utf16) }
        texts += [[0xD800], [0xDC00], [0x61, 0xD83D], [0xD83D, 0x61, 0xDC4D], [0xDC4D, 0xD83D], [0xFFFF, 0xFFFE]]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let pool: [UInt16] = [0x41, 0xE9, 0x5C71, 0xD83D, 0xDC4D, 0xDBFF, 0xDFFF, 0x0E44, 0x20]
            texts.append((0..<Int.random(in: 0...12, using: &generator)).map { _ in pool.randomElement()! })
        }
        for units in texts {
            let decoded = units.withUnsafeBufferPointer(ICU.string(utf16:))
            #expect(decoded == String(decoding: units, as: UTF16.self), "\(units)")
            #expect(Array(decoded.utf8) == Array(String(decoding: units, as: UTF16.self).utf8))
        }
    }
}
