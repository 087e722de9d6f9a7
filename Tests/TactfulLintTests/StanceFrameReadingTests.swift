import TactfulStances
import Testing

@testable import TactfulLint

/// The one-pass reading of a frame gives what splitting on `+`, then `|`, then whitespace gives.
@Suite struct StanceFrameReadingTests {
    /// The reading by three splits, as frames were first read.
    private func slotsBySplitting(_ text: String) -> [[String]]? {
        let slots = text.split(separator: "+").map { slot in
            slot.split(separator: "|").map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
                .filter { !$0.isEmpty }
        }
        guard slots.count >= 2, !slots.contains(where: \.isEmpty) else { return nil }
        return slots
    }

    @Test func readsAsSplittingDoes() {
        let texts = [
            "kann|können + ich|wir + nichts|nix + machen|tun", "a + | + b", "a++b", "+a+b+", "a |  | b + c",
            "a\tb + c\nd", "a\u{00A0}b + c\u{3000}d|e", "a\r\nb + c", " + a + b", "a + \u{2003} + b",
            "*ليست مسؤوليتنا + لا", "어쩔 수 없* + 죄송", "e\u{301} + +\u{301} + x", "|a| + |b|", "a+b|",
            "nur ein Wort", "", "+", "a + b + c",
        ]
        for text in texts {
            #expect(StanceFrame(text)?.slots == slotsBySplitting(text), "\(text)")
        }
    }
}
