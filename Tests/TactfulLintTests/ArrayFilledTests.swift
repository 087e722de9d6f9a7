import Testing

import TactfulPhraseFolding

/// `Array.filled(_:count:)`, the allocation the per-draft arrays use, against `Array(repeating:count:)` it replaces.
@Suite struct ArrayFilledTests {
    @Test func fillsAsRepeatingDoes() {
        for count in [0, 1, 2, 7, 64, 129, 1000] {
            #expect([UInt16].filled(0x41, count: count) == [UInt16](repeating: 0x41, count: count))
            #expect([Bool].filled(true, count: count) == [Bool](repeating: true, count: count))
            #expect([[Int]].filled([count], count: count) == [[Int]](repeating: [count], count: count))
            #expect([String].filled("ü", count: count) == [String](repeating: "ü", count: count))
        }
    }
}
