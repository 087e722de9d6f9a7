/// What one pass over a draft's UTF-16 units learns before anything else reads it: where its lines start, which ASCII
/// characters it holds (DEL standing for any non-ASCII unit), how many digits it holds and its longest run of ASCII
/// digits. Made once per draft by ``Document``.
///
/// The pass does a few instructions a unit: an ASCII unit marks its byte in a 128-byte table (packed into an
/// ``AsciiSet`` at the end, eight bytes at a time), and only digits and line breaks, looked up in a table of the
/// ASCII units, take a branch of their own. Setting the set's bits unit by unit branched on every unit (below or
/// above 64, digit or not, line break or not) and cost some 22 instructions a unit. An all-ASCII text (most English
/// drafts; told by OR-ing its units first, a loop the compiler vectorises) takes a copy of the pass without the test
/// for a unit beyond ASCII: 12 instructions a unit became 8.
struct UnitCensus {
    /// UTF-16 offset of the first unit of each line (line 1 starts at 0): after a line feed, or a carriage return
    /// not followed by one.
    let lineStarts: [Int]
    /// The ASCII units present, with `AsciiSet.nonASCIIMarker` for any unit beyond ASCII.
    let present: AsciiSet
    /// ASCII digits, and Arabic-Indic ones ("٢٩٩ ريال").
    let digitCount: Int
    /// The longest run of consecutive ASCII digits.
    let longestDigitRun: Int

    /// `specialUnits[u]`: ASCII unit `u` is a line feed, a carriage return or a digit.
    private static let specialUnits: [Bool] = (0..<128).map { $0 == 0x0A || $0 == 0x0D || (0x30...0x39).contains($0) }

    /// The census of `units`.
    init(_ units: UnsafeBufferPointer<UInt16>) {
        var starts: [Int] = [], digits = 0, run = 0, longestRun = 0, lastDigit = -2, wide = false
        // Room for a reply's lines: from the one start of `[0]`, the array grew two or three times a draft.
        starts.reserveCapacity(32)
        starts.append(0)
        var present = AsciiSet()
        var highBits: UInt16 = 0
        for unit in units { highBits |= unit }
        let asciiOnly = highBits < 0x80
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 16) { words in
            words.initialize(repeating: 0)
            let flags = UnsafeMutableRawBufferPointer(words)
            Self.specialUnits.withUnsafeBufferPointer { specialUnits in
                // The pass, inlined twice below: `asciiOnly` is a constant in each copy.
                @inline(__always) func pass(asciiOnly: Bool) {
                    for index in units.indices {
                        let unit = units[index]
                        guard asciiOnly || unit < 0x80 else {
                            wide = true
                            if (0x660...0x669).contains(unit) || (0x6F0...0x6F9).contains(unit) { digits += 1 }
                            continue
                        }
                        flags[Int(unit)] = 1
                        guard specialUnits[Int(unit)] else { continue }
                        if unit >= 0x30 {
                            digits += 1
                            run = lastDigit == index - 1 ? run + 1 : 1
                            lastDigit = index
                            longestRun = max(longestRun, run)
                        } else if unit == 0x0A || index + 1 == units.count || units[index + 1] != 0x0A {
                            starts.append(index + 1)
                        }
                    }
                }
                if asciiOnly { pass(asciiOnly: true) } else { pass(asciiOnly: false) }
            }
            present = AsciiSet(flags: UnsafeBufferPointer(words))
        }
        if wide { present.insert(AsciiSet.nonASCIIMarker) }
        lineStarts = starts
        self.present = present
        digitCount = digits
        longestDigitRun = longestRun
    }
}
