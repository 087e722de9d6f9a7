import Synchronization
import TactfulICU

/// The Gregorian months a piece of text names, by ICU's full month names (as in a date and standing alone) in the
/// market's language and in English: "November", "novembre", "listopada", "11月". Abbreviations are left out: "mar"
/// is the sea in Spanish and Italian, "Mai" a name.
enum MonthMentions {
    /// The months (1–12) named in `text`. An all-ASCII text is searched byte by byte (`bytewise`; tests turn it off
    /// to compare): Foundation's search bridges both strings to NSString, some 190,000 instructions a name and line.
    /// There a name of letters only is looked for among the text's free-standing letter runs (``LetterRuns``),
    /// read once, where searching the line for each of four dozen names cost a tenth of linting a reply.
    static func months(in text: String, locale: ICU.LocaleID, bytewise: Bool = true) -> Set<Int> {
        let lowered = text.lowercased()
        let asciiBytes = bytewise && lowered.utf8.allSatisfy { $0 < 0x80 } ? Array(lowered.utf8) : nil
        let runs = asciiBytes.map(LetterRuns.init)
        var found: Set<Int> = []
        let lists = names(locale)
        for (number, list) in lists.enumerated() {
            // A name an earlier list gives for the same month (English's standalone names, the market's own when it
            // is English) was looked for already.
            for (index, name) in list.enumerated()
            where !found.contains(index + 1) && !lists[..<number].contains(where: { $0.at(index) == name }) {
                let named =
                    if let runs, LetterRuns.isLetters(name) {
                        runs.contains(name)
                    } else {
                        names(name, occurIn: lowered, asciiBytes: asciiBytes)
                    }
                if named { found.insert(index + 1) }
            }
        }
        return found
    }

    /// The runs of ASCII letters in an all-ASCII lowered text with no letter on either side and no digit before:
    /// where ``names(_:occurIn:asciiBytes:)`` finds a name made of letters only. (An occurrence it skips, starting
    /// inside an earlier one, follows a letter of that one, so it could not count anyway.)
    private struct LetterRuns {
        let bytes: [UInt8]
        private(set) var runs: [Range<Int>] = []

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
            var index = 0
            while index < bytes.count {
                guard Self.isLetter(bytes[index]) else {
                    index += 1
                    continue
                }
                let start = index
                while index < bytes.count, Self.isLetter(bytes[index]) { index += 1 }
                if start == 0 || !(bytes[start - 1] >= 0x30 && bytes[start - 1] <= 0x39) { runs.append(start..<index) }
            }
        }

        /// Whether `name`, all lowercase ASCII letters, is one of the runs: a run of its length and first letter is
        /// compared in full.
        func contains(_ name: String) -> Bool {
            let utf8 = name.utf8
            guard let first = utf8.first else { return false }
            return runs.contains {
                $0.count == utf8.count && bytes[$0.lowerBound] == first && bytes[$0].elementsEqual(utf8)
            }
        }

        /// Whether `name` is all ASCII letters (and not empty).
        static func isLetters(_ name: String) -> Bool { !name.isEmpty && name.utf8.allSatisfy(isLetter) }

        private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    }

    /// Month `month`'s full name in the UI language ("October", "10月").
    static func name(_ month: Int, _ ui: UILanguage) -> String {
        let tag = ui == .zhHans ? "zh-Hans" : "en"
        return (try? ICU.LocaleID(tag: tag)).flatMap { try? MonthNameSource.names($0)[.wide]?[month - 1] }
            ?? "\(month)"
    }

    /// The lowercased full month names of `locale` and English (each list January first), read from ICU once per locale.
    static func names(_ locale: ICU.LocaleID) -> [[String]] {
        if let known = cache.withLock({ $0[locale.identifier] }) { return known }
        let read = readNames(locale)
        cache.withLock { $0[locale.identifier] = read }
        return read
    }

    /// The lowercased abbreviated month names of `locale` and English without a final period ("nov", "พ.ค.",
    /// "sept"), each list January first, read from ICU once per locale. Only beside a day number: "mar" alone is the
    /// sea in Spanish and Italian.
    static func abbreviatedNames(_ locale: ICU.LocaleID) -> [[String]] {
        if let known = abbreviatedCache.withLock({ $0[locale.identifier] }) { return known }
        let read = readNames(locale, styles: [.abbreviated, .standaloneAbbreviated]).map { list in
            list.map { $0.hasSuffix(".") && $0.filter({ $0 == "." }).count == 1 ? String($0.dropLast()) : $0 }
        }
        abbreviatedCache.withLock { $0[locale.identifier] = read }
        return read
    }

    private static let cache = Mutex<[String: [[String]]]>([:])
    private static let abbreviatedCache = Mutex<[String: [[String]]]>([:])
    /// Per non-ASCII month name: whether its NFC form is all ASCII (then some ASCII text is canonically equivalent).
    private static let composesToASCII = Mutex<[String: Bool]>([:])

    private static func readNames(
        _ locale: ICU.LocaleID, styles wanted: [ICU.MonthNameStyle] = [.wide, .standaloneWide]
    ) -> [[String]] {
        let locales = [locale] + ((try? ICU.LocaleID(tag: "en")).map { [$0] } ?? [])
        return locales.flatMap { locale -> [[String]] in
            let styles = (try? MonthNameSource.names(locale)) ?? [:]
            return wanted.compactMap { styles[$0]?.map { $0.lowercased() } }
        }
    }

    /// Whether `name` occurs in `text` as a word: no letter or digit just before it (no digit, for "11月"; no digit,
    /// for a Thai name, since Thai leaves no space between words), no
    /// letter just after it when it ends in a letter of a cased script. In an all-ASCII text (its bytes given as
    /// `asciiBytes`) an ASCII name is found byte by byte, where Foundation's search finds it too (ASCII has no other
    /// canonically equivalent spelling), and a name equivalent to no ASCII text is not searched for.
    private static func names(_ name: String, occurIn text: String, asciiBytes: [UInt8]?) -> Bool {
        guard !name.isEmpty, let first = name.first, let last = name.last else { return false }
        let nameBytes = asciiBytes != nil && name.utf8.allSatisfy { $0 < 0x80 } ? Array(name.utf8) : nil
        if asciiBytes != nil, nameBytes == nil, !isEquivalentToASCII(name) { return false }
        var searchStart = text.startIndex
        func nextOccurrence() -> Range<String.Index>? {
            if let asciiBytes, let nameBytes {
                return range(of: nameBytes, in: asciiBytes, of: text, from: searchStart)
            }
            return text.range(of: name, range: searchStart..<text.endIndex)
        }
        while let found = nextOccurrence() {
            searchStart = found.upperBound
            let before = found.lowerBound > text.startIndex ? text[text.index(before: found.lowerBound)] : nil
            let after = found.upperBound < text.endIndex ? text[found.upperBound] : nil
            // Thai is written without spaces between words ("เดือนพฤษภาคมนี้"): a Thai name may follow a letter.
            let startsClean =
                before.map {
                    first.isNumber ? !$0.isNumber : !(($0.isLetter && !isThai(first)) || $0.isNumber)
                } ?? true
            let endsClean = after.map { !(last.isCased && $0.isLetter) } ?? true
            if startsClean && endsClean { return true }
        }
        return false
    }

    /// Whether `character` is of the Thai block (U+0E00–U+0E7F).
    private static func isThai(_ character: Character) -> Bool {
        character.unicodeScalars.first.map { (0x0E00...0x0E7F).contains($0.value) } ?? false
    }

    /// The first range of `needle` in `haystack`, the UTF-8 of `text`, at or after `start`.
    private static func range(of needle: [UInt8], in haystack: [UInt8], of text: String, from start: String.Index)
        -> Range<String.Index>?
    {
        let utf8 = text.utf8
        var offset = utf8.distance(from: utf8.startIndex, to: start)
        while offset + needle.count <= haystack.count {
            if haystack[offset..<(offset + needle.count)].elementsEqual(needle) {
                let lower = utf8.index(utf8.startIndex, offsetBy: offset)
                return lower..<utf8.index(lower, offsetBy: needle.count)
            }
            offset += 1
        }
        return nil
    }

    /// Whether some ASCII text is canonically equivalent to `name`: whether its NFC form is all ASCII (read once per
    /// name).
    private static func isEquivalentToASCII(_ name: String) -> Bool {
        if let known = composesToASCII.withLock({ $0[name] }) { return known }
        // A name ICU cannot normalize is searched for as before.
        let ascii = (try? ICU.normalize(name, to: .nfc).utf8.allSatisfy { $0 < 0x80 }) ?? true
        composesToASCII.withLock { $0[name] = ascii }
        return ascii
    }
}
