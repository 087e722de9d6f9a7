import Testing

@testable import TactfulLint

/// The draft's census (line starts, ASCII characters present, digits, longest digit run) agrees with the plain loop it
/// replaced, on random texts of ASCII, line breaks of every kind, digits and units beyond ASCII (Arabic-Indic digits
/// among them), and on texts that end in a break or a digit.
@Suite struct UnitCensusTests {
    /// The loop `Document` ran before the census: each unit inserted into the set, digits counted as they come.
    static func plainCensus(_ units: [UInt16]) -> (starts: [Int], present: AsciiSet, digits: Int, longestRun: Int) {
        var starts = [0], present = AsciiSet(), digits = 0, run = 0, longestRun = 0
        for (index, unit) in units.enumerated() {
            guard unit < 0x80 else {
                run = 0
                present.insert(AsciiSet.nonASCIIMarker)
                if (0x660...0x669).contains(unit) || (0x6F0...0x6F9).contains(unit) { digits += 1 }
                continue
            }
            present.insert(unit)
            if unit >= 0x30 && unit <= 0x39 {
                digits += 1
                run += 1
                longestRun = max(longestRun, run)
            } else {
                run = 0
            }
            if unit == 0x0A || (unit == 0x0D && (index + 1 == units.count || units[index + 1] != 0x0A)) {
                starts.append(index + 1)
            }
        }
        return (starts, present, digits, longestRun)
    }

    @Test func theCensusAgreesWithThePlainLoop() {
        var random = RandomAsciiTexts()
        let frequent: [UInt16] =
            Array("ab Z09\n\r\r\n.{".utf16) + [0x663, 0x6F5, 0x30A2, 0xE9, 0x7F, 0x2028, 0x3A, 0x2F, 0x40, 0x3F]
        var texts = random.texts(4000, maxLength: 90, oneIn: 4, frequent: frequent)
        texts += ["", "\r", "\n", "7", "\r\n", "a\r", "12\u{663}34", "x\r\r\ny\n"].map { Array($0.utf16) }
        texts += [Array(0..<128).map(UInt16.init), Array(repeating: 0x35, count: 40)]
        for units in texts {
            let census = units.withUnsafeBufferPointer(UnitCensus.init)
            let plain = Self.plainCensus(units)
            #expect(census.lineStarts == plain.starts, "\(units)")
            #expect(census.digitCount == plain.digits, "\(units)")
            #expect(census.longestDigitRun == plain.longestRun, "\(units)")
            #expect((0..<128).allSatisfy { census.present.contains($0) == plain.present.contains($0) }, "\(units)")
        }
    }
}
