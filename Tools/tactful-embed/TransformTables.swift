import Foundation
import TactfulICU
import Yams

/// The ICU transforms of the built-in packs, run here when the binary is built so that a lint run opens none it
/// does not need (opening ICU's first transliterator loads its whole registry: ~140M instructions; converting every
/// Han character to find the changing ones: ~180M).
///
/// - `kind: script` rules (`convert: Hans-Hant`): the BMP Han characters the transform changes, found exactly as
///   `ScriptRule` finds them at run time (one call over the three Han blocks; left out when lengths change).
/// - `kind: substitution` rules with `transliterate:`: the transform of every `|`-separated piece of every cell of
///   the rule's glossary and of its inline pairs. A string not found here is transformed at run time as before.
enum TransformTables {
    /// The Han blocks `ScriptRule.changingCharacters` converts (keep the two lists alike; a test compares them).
    static let hanBlocks: [ClosedRange<UInt16>] = [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF]

    /// Adds the tables of one pack's rules; `files` gives the text of the embedded files by relative path.
    static func add(
        from text: String, files: [String: String], changing: inout [String: String],
        transliterations: inout [String: String]
    ) {
        guard let root = try? Yams.compose(yaml: text, .basic), let rules = root["rules"]?.sequence else { return }
        for rule in rules {
            if rule["kind"]?.string == "script", let id = rule["convert"]?.string, changing[id] == nil {
                if let characters = changingCharacters(id) { changing[id] = characters }
            }
            if rule["kind"]?.string == "substitution", let id = rule["transliterate"]?.string,
                let transliterator = try? ICU.Transliterator(id: id)
            {
                var pieces = [""]  // the empty string's entry tells the run that the transform is known
                if let glossary = rule["glossary"]?.string, let table = files[glossary] {
                    pieces += csvCells(table)
                }
                if let pairs = rule["pairs"]?.mapping {
                    for (key, value) in pairs { pieces += [key.string, value.string].compactMap { $0 } }
                }
                for cell in pieces {
                    for piece in cell.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
                    where transliterations[id + "|" + piece] == nil {
                        if let converted = try? transliterator.transform(piece) {
                            transliterations[id + "|" + piece] = converted
                        }
                    }
                }
            }
        }
    }

    /// The BMP Han characters `id` changes, as one string; nil when the transform does not open or changes lengths.
    private static func changingCharacters(_ id: String) -> String? {
        let units = hanBlocks.flatMap { Array($0) }
        guard let transliterator = try? ICU.Transliterator(id: id),
            let converted = try? transliterator.transform(String(decoding: units, as: UTF16.self)),
            converted.utf16.count == units.count
        else { return nil }
        let changed = zip(units, converted.utf16).filter { $0 != $1 }.map(\.0)
        return String(decoding: changed, as: UTF16.self)
    }

    /// Every field of a simple CSV table, as written and trimmed of spaces (quoted fields are split naively: a
    /// string missed here is transformed at run time).
    private static func csvCells(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).flatMap { line in
            line.split(separator: ",", omittingEmptySubsequences: false).flatMap { field -> [String] in
                let raw = String(field)
                let trimmed = raw.trimmingCharacters(in: .whitespaces)
                return raw == trimmed ? [raw] : [raw, trimmed]
            }
        }
    }
}
