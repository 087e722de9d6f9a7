/// Phrases folded when the binary was built (``NormalizedText/fold(_:at:into:with:table:)``), so that a run takes a
/// built-in phrase's folded form instead of segmenting it with ICU: folding the Japanese and Chinese phrases with
/// the dictionary word breakers was most of building a CJK market's automaton.
///
/// The text form, written by ``encoded(phrases:folded:locales:)``, is read where it lies, without a pass over it:
///
///     folded-phrases 2
///     locales<TAB>ja_Jpan_JP<TAB>…      the locales whose word iterators fold every phrase as the table holds it
///     COUNT                             the number of phrases, in decimal
///     OFFSET…                           where each phrase's line starts after the index, six hex digits each
///     phrase<TAB>folded                 a line per phrase, sorted by the phrase's UTF-8 bytes (binary search)
///
/// A table that does not read as that is not used (``init(_:)`` returns nil), nor one whose locales lack the run's
/// (``folds(forLocale:)``): the phrases are then folded with ICU, as a user pack's are. A phrase whose search meets
/// an offset that leads out of the text, or a line with no tab, is one the table does not hold.
package struct FoldedPhraseTable: Sendable {
    /// The first line: the format and its version.
    static let versionLine = "folded-phrases 2"
    /// The hex digits of an offset in the index.
    static let offsetDigits = 6
    /// The table's text (one embedded literal, read where it lies).
    private let text: String
    /// The locales line's fields after its first, each between tabs: `\t` + identifiers joined by tabs + `\t`.
    private let locales: [UInt8]
    /// Where the index starts, where the lines start (just after the index's line feed), and the phrase count.
    private let indexStart: Int, linesStart: Int, count: Int

    /// The table of an ``encoded(phrases:folded:locales:)`` text; nil when its header is not that of this version or
    /// its index is not as long as its count says.
    package init?(_ text: String) {
        guard let header = text.utf8.withContiguousStorageIfAvailable(Self.header), let header else { return nil }
        self.text = text
        (locales, indexStart, linesStart, count) = header
    }

    /// Whether the table's folded forms are those of a word iterator of the locale `identifier`.
    package func folds(forLocale identifier: String) -> Bool {
        let needle = [0x09] + Array(identifier.utf8) + [0x09]
        return locales.count >= needle.count
            && (0...(locales.count - needle.count)).contains { locales[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    /// Appends the folded form of `phrase` to `units`; false (nothing appended) when the table does not hold it.
    package func appendFolded(_ phrase: String, to units: inout [UInt16]) -> Bool {
        var phrase = phrase
        return phrase.withUTF8 { appendFolded(utf8: $0, to: &units) }
    }

    /// ``appendFolded(_:to:)`` for the phrase of the UTF-8 bytes `utf8`.
    package func appendFolded(utf8: UnsafeBufferPointer<UInt8>, to units: inout [UInt16]) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in appendFolded(utf8, bytes, &units) } ?? false
    }

    /// The table's text for `phrases` folded as `folded` holds them (a phrase left unfolded is left out, and so are
    /// ASCII phrases, which fold without ICU, and those whose fields would hold a tab or a line break), valid in the
    /// `locales` given; nil when the lines are too long for the index's offsets.
    package static func encoded(phrases: [String], folded: FoldedPhrases, locales: [String]) -> String? {
        var entries: [(phrase: [UInt8], line: String)] = []
        var seen: Set<[UInt8]> = []
        for (index, phrase) in phrases.enumerated() {
            let bytes = Array(phrase.utf8), units = Array(folded[index])
            let foldedText = String(decoding: units, as: UTF16.self)
            guard bytes.contains(where: { $0 >= 0x80 }), !units.isEmpty, Array(foldedText.utf16) == units,
                !(bytes + Array(foldedText.utf8)).contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }),
                seen.insert(bytes).inserted
            else { continue }
            entries.append((bytes, phrase + "\t" + foldedText + "\n"))
        }
        entries.sort { $0.phrase.lexicographicallyPrecedes($1.phrase) }
        var index = "", offset = 0
        for entry in entries {
            let digits = String(offset, radix: 16)
            guard digits.count <= offsetDigits else { return nil }
            index += String(repeating: "0", count: offsetDigits - digits.count) + digits
            offset += entry.line.utf8.count
        }
        let header = [versionLine, (["locales"] + locales).joined(separator: "\t"), String(entries.count), index]
        return header.joined(separator: "\n") + "\n" + entries.map(\.line).joined()
    }

    /// The header's fields (``locales``, ``indexStart``, ``linesStart``, ``count``); nil when it is malformed.
    private static func header(_ bytes: UnsafeBufferPointer<UInt8>) -> ([UInt8], Int, Int, Int)? {
        var lines: [Range<Int>] = []
        var start = 0
        while lines.count < 3, let end = bytes[start...].firstIndex(of: 0x0A) {
            lines.append(start..<end)
            start = end + 1
        }
        guard lines.count == 3, bytes[lines[0]].elementsEqual(versionLine.utf8),
            bytes[lines[1]].starts(with: "locales".utf8),
            let count = Int(String(decoding: bytes[lines[2]], as: UTF8.self)),
            (0...((bytes.count - start) / offsetDigits)).contains(count), start + count * offsetDigits < bytes.count,
            bytes[start + count * offsetDigits] == 0x0A
        else { return nil }
        let locales = Array(bytes[lines[1]].dropFirst("locales".utf8.count)) + [0x09]
        return (locales, start, start + count * offsetDigits + 1, count)
    }

    /// Binary search for `key` among the lines' phrases; appends the folded field of its line, decoded to UTF-16.
    private func appendFolded(
        _ key: UnsafeBufferPointer<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>, _ units: inout [UInt16]
    ) -> Bool {
        var low = 0, high = count
        while low < high {
            let middle = (low &+ high) / 2
            guard var at = lineStart(middle, bytes) else { return false }
            var order = 0  // the line's phrase against the key
            for byte in key {
                guard at < bytes.count, bytes[at] != 0x09, bytes[at] != 0x0A else {
                    order = -1  // the line's phrase is a proper prefix of the key
                    break
                }
                if bytes[at] != byte {
                    order = bytes[at] < byte ? -1 : 1
                    break
                }
                at &+= 1
            }
            guard order == 0 else {
                if order < 0 { low = middle &+ 1 } else { high = middle }
                continue
            }
            guard at < bytes.count, bytes[at] == 0x09 else {
                high = middle  // the key is a proper prefix of the line's phrase
                continue
            }
            guard let end = bytes[(at + 1)...].firstIndex(of: 0x0A) else { return false }
            let start = units.count
            let failed = transcode(
                bytes[(at + 1)..<end].makeIterator(), from: UTF8.self, to: UTF16.self, stoppingOnError: true
            ) { units.append($0) }
            if failed { units.removeSubrange(start...) }
            return !failed
        }
        return false
    }

    /// Where line `index` starts, from its offset in the index; nil when the offset is not hex or lies beyond the text.
    private func lineStart(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var offset = 0
        for digit in bytes[(indexStart + index * Self.offsetDigits)..<(indexStart + (index + 1) * Self.offsetDigits)] {
            switch digit {
            case 0x30...0x39: offset = offset << 4 | Int(digit - 0x30)
            case 0x61...0x66: offset = offset << 4 | Int(digit - 0x61 + 10)
            default: return nil
            }
        }
        return linesStart + offset < bytes.count ? linesStart + offset : nil
    }
}
