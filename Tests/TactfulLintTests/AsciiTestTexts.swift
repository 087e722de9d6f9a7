import Foundation

/// The texts the ASCII breakers are checked on against ICU: every short text over an alphabet, and random ones.
enum AsciiTestTexts {
    /// Calls `body` with every text of one to `length` units of `alphabet`.
    static func forEveryText(over alphabet: [UInt16], upTo length: Int, _ body: ([UInt16]) throws -> Void) throws {
        var text: [UInt16] = []
        func visit(_ length: Int) throws {
            if !text.isEmpty { try body(text) }
            guard length > 0 else { return }
            for unit in alphabet {
                text.append(unit)
                try visit(length - 1)
                text.removeLast()
            }
        }
        try visit(length)
    }

    /// The texts of one to `length` units of `alphabet` that `breaker` segments otherwise than `icu` does, as their
    /// debug descriptions.
    static func disagreements<Segments: Equatable>(
        over alphabet: [UInt16], upTo length: Int, _ breaker: ([UInt16]) -> Segments,
        _ icu: ([UInt16]) throws -> Segments
    ) throws -> [String] {
        var found: [String] = []
        try forEveryText(over: alphabet, upTo: length) { text in
            if try icu(text) != breaker(text) { found.append(String(decoding: text, as: UTF16.self).debugDescription) }
        }
        return found
    }
}

extension AsciiTestTexts {
    /// The all-ASCII files under `folders` of the repository, as UTF-16 units.
    static func files(under folders: [String]) -> [[UInt16]] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        var texts: [[UInt16]] = []
        for folder in folders {
            let files = FileManager.default.enumerator(
                at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            while let file = files?.nextObject() as? URL {
                guard let text = try? String(contentsOf: file, encoding: .utf8), text.utf8.allSatisfy({ $0 < 0x80 })
                else { continue }
                texts.append(Array(text.utf16))
            }
        }
        return texts
    }
}

/// A xorshift generator of random ASCII texts: the same texts every run.
struct RandomAsciiTexts {
    private var state: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// A number below `bound`.
    mutating func next(_ bound: Int) -> Int {
        state ^= state << 13; state ^= state >> 7; state ^= state << 17
        return Int(state % UInt64(bound))
    }

    /// `count` texts of one to `maxLength` units: any ASCII unit one time in `oneIn`, else one of `frequent`.
    mutating func texts(_ count: Int, maxLength: Int, oneIn: Int, frequent: [UInt16]) -> [[UInt16]] {
        (0..<count).map { _ in
            (0..<(1 + next(maxLength))).map { _ in
                next(oneIn) == 0 ? UInt16(next(128)) : frequent[next(frequent.count)]
            }
        }
    }
}
