import TactfulICU

/// The numbers from two to a hundred in words, as ICU's spellout rules write them in one locale ("sechs", "fourteen",
/// "trente", "duas"): what a stated period is read with besides digits ("sechs Monate"). A module of its own so that
/// the build tool (tactful-embed) reads the built-in markets' numbers with this same code when the binary is built:
/// reading them opens three rule-based formatters and formats three hundred numbers, a tenth of a one-draft lint.
public enum SpelledNumberReader {
    /// The numbers read.
    public static let range = 2...100

    /// Each number of ``range`` in words (`ICU.spelledOut`), in ICU's order; empty when ICU has no rules for the
    /// locale.
    public static func numbers(locale: ICU.LocaleID) -> [(words: String, value: Int)] {
        (try? ICU.spelledOut(range, locale: locale)) ?? []
    }

    /// Numbers as one text: a line per number, its value and its words separated by a tab (words hold neither).
    public static func encode(_ numbers: [(words: String, value: Int)]) -> String {
        numbers.map { "\($0.value)\t\($0.words)" }.joined(separator: "\n")
    }

    /// The numbers of an ``encode(_:)`` text, in their order, split on its bytes (line feeds and tabs are ASCII).
    public static func decode(_ text: String) -> [(words: String, value: Int)] {
        text.utf8.split(separator: UInt8(ascii: "\n")).compactMap { line in
            guard let tab = line.firstIndex(of: UInt8(ascii: "\t")),
                let value = Int(String(decoding: line[..<tab], as: UTF8.self))
            else { return nil }
            return (String(decoding: line[line.index(after: tab)...], as: UTF8.self), value)
        }
    }
}
