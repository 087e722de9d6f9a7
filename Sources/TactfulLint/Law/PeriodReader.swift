import TactfulConvert
import TactfulData
import TactfulICU
import TactfulUnits

/// Stated periods in a sentence — a number followed by the name of a day, week, month or year: "14 days",
/// "a 14-day return", "innerhalb von 7 Tagen", "7日間", "14일", "١٤ يوم", and numbers in words from 2 to 100 as ICU's
/// spellout rules write them ("sechs Monate", "fourteen days", "trente jours"); a day of the month ("24일(월)",
/// "12月24日") is a date, not a period; "one" in words before a month or a year ("un año", "a one-year warranty") is 1.
/// The names are ICU's (CLDR's unit display names, every width and plural form) in the market's language and English,
/// plus the inflected forms ICU lacks (`durations:` in `Glossaries/law/cues.yml`); read once per language, when a
/// sentence first needs them.
struct PeriodReader: Sendable {
    /// Lowercased name → days (a month is 30, a year 365), longest names first.
    private let names: [(name: [UInt16], days: Int)]
    /// Lowercased numbers in words and their values (ICU spellout, 2–100, and the words for one of
    /// `Glossaries/law/one-words.yml`, read only before a month or a year: "one day" is more often "some day" than a
    /// period), grouped by the low five bits of their first two units (``pairBit(_:_:)``), longest first within a
    /// group: a word is compared only with the numbers of its group ("the" with the few English ones starting with
    /// "th", none with "yo"). Group `g` is `spelled[spelledStart[g]..<spelledStart[g + 1]]`; the
    /// numbers' units are `spelledUnits[number.start..<number.end]`. Flat arrays, not a dictionary by the first two
    /// units: hashing a key, and retaining each number's array while comparing it, cost more than the comparisons.
    private let spelled: [(start: Int32, end: Int32, value: Int32)]
    private let spelledStart: [Int32]
    private let spelledUnits: [UInt16]
    /// `startsNumber[u]`: some number in words starts with ASCII unit `u` lowercased. Most units a period search
    /// passes (spaces, punctuation, a word starting with "a" or "y" in English) start none, and are not looked up:
    /// the look-up cost some 60 instructions even where it found nothing.
    private let startsNumber: [Bool]

    init(languages: [String], extra: [String: String]) {
        let days = ["day": 1, "week": 7, "month": 30, "year": 365]
        var table = UnitNames.durationNames(languages: languages)
        table.merge(extra) { icu, _ in icu }
        names = table.compactMap { name, unit -> ([UInt16], Int)? in
            // One- and two-letter abbreviations ("d", "j", "m") are too often something else.
            guard name.unicodeScalars.count > 2 || !name.unicodeScalars.allSatisfy(\.isASCII) else { return nil }
            return (Array(name.utf16), days[unit] ?? 1)
        }.sorted { $0.0.count > $1.0.count }
        let numbers =
            (languages.flatMap { language -> [(name: [UInt16], value: Int)] in
                guard let locale = try? ICU.LocaleID(tag: language) else { return [] }
                // One character ("二", Korean "이") is too often something else.
                return Self.spelledNumbers(locale).compactMap { number in
                    Self.lowercasedUnits(number.words, ifCharacters: 2).map { (name: $0, value: number.value) }
                }
            }
            + languages.flatMap { Self.oneWords[$0] ?? [] }.map { (name: Array($0.lowercased().utf16), value: 1) }
            .filter { $0.name.count >= 2 }).sorted { $0.name.count > $1.name.count }
        var groups = [[(name: [UInt16], value: Int)]](repeating: [], count: 1024)
        var startsNumber = [Bool](repeating: false, count: 128)
        for number in numbers {
            groups[Self.pairBit(number.name[0], number.name[1])].append(number)
            // An ASCII unit `u` starts the number when `lowered(u)` is its first unit: that unit, and its capital.
            let first = number.name[0]
            if first < 0x80, Self.lowered(first) == first {
                startsNumber[Int(first)] = true
                if first >= 0x61 && first <= 0x7A { startsNumber[Int(first - 0x20)] = true }
            }
        }
        self.startsNumber = startsNumber
        var spelled: [(start: Int32, end: Int32, value: Int32)] = [], starts: [Int32] = [0], units: [UInt16] = []
        for group in groups {
            for (name, value) in group {
                spelled.append((Int32(units.count), Int32(units.count + name.count), Int32(value)))
                units += name
            }
            starts.append(Int32(spelled.count))
        }
        (self.spelled, spelledStart, spelledUnits) = (spelled, starts, units)
    }

    /// `text` lowercased as `String.lowercased()` lowers it, in UTF-16 units; nil when it has fewer than `minimum`
    /// characters. An ASCII text is lowered byte by byte, one character a byte (numbers in words hold no line break),
    /// and a text of which no scalar changes when lowercased (ICU writes numbers in words lowercase: "fünf",
    /// "dreißig", "五") is taken as it is: `lowercased()` cost some 9,000 instructions a number beyond ASCII. Its
    /// ASCII scalars ("f", "n" of "fünf") are told by their range: the Unicode property costs some 300 instructions.
    static func lowercasedUnits(_ text: String, ifCharacters minimum: Int) -> [UInt16]? {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            guard text.utf8.count >= minimum else { return nil }
            return text.utf8.map { UInt16($0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0) }
        }
        let changes = text.unicodeScalars.contains { scalar in
            scalar.isASCII ? (0x41...0x5A).contains(scalar.value) : scalar.properties.changesWhenLowercased
        }
        let lowered = changes ? text.lowercased() : text
        return lowered.count >= minimum ? Array(lowered.utf16) : nil
    }

    /// Per language, the words for "one" and the indefinite article, read as 1 before a month or a year
    /// (`Glossaries/law/one-words.yml`).
    private static let oneWords: [String: [String]] = {
        let path = "Glossaries/law/one-words.yml"
        guard let text = BuiltInData.text(at: path), let file = try? YAMLMap.parse(text, path: path) else { return [:] }
        var words: [String: [String]] = [:]
        for (language, _) in file.entries { words[language] = try? file.strings(language) }
        return words
    }()

    /// The numbers in words of `locale` (``SpelledNumberReader``): read when the binary was built for a built-in
    /// market's language, else from ICU.
    static func spelledNumbers(_ locale: ICU.LocaleID) -> [(words: String, value: Int)] {
        BuiltInData.spelledNumbers(locale.identifier).map(SpelledNumberReader.decode)
            ?? SpelledNumberReader.numbers(locale: locale)
    }

    /// The group of numbers in words starting with two units: their low five bits each (0–1023).
    private static func pairBit(_ first: UInt16, _ second: UInt16) -> Int { Int(first & 31) << 5 | Int(second & 31) }

    /// A stated period: its length in days, and the span from the number to the end of the unit's name.
    typealias Period = (days: Int, range: Range<Int>)

    /// The periods stated in `range` of `utf16`: days and the span from the number to the end of the unit's name.
    func periods(in range: Range<Int>, of utf16: [UInt16]) -> [Period] {
        var found: [(Int, Range<Int>)] = []
        var index = range.lowerBound
        while index < range.upperBound {
            // Inside an ASCII word (most units): neither a number in words (which starts a word) nor a digit. The
            // rest of the word is passed in one loop, not a turn of this one a letter.
            if index > 0, Self.isASCIILetter(utf16[index - 1]) {
                var next = index
                while next < range.upperBound, Self.isASCIILetter(utf16[next]) { next += 1 }
                if next > index {
                    index = next
                    continue
                }
            }
            if utf16[index] >= 0x80 || startsNumber[Int(utf16[index])],
                let (number, unitStart) = spelledNumber(at: index, limit: range.upperBound, utf16)
            {
                index = unitStart
                // "one" / "a" states a period only before a month or a year ("un año", not "un jour").
                if let (length, days) = name(at: unitStart, limit: range.upperBound, utf16),
                    number.value > 1 || days >= 30
                {
                    found.append((number.value * days, number.range.lowerBound..<(unitStart + length)))
                    index = unitStart + length
                }
                continue
            }
            guard Self.digitValue(utf16[index]) != nil else { index += 1; continue }
            var end = index
            while end < range.upperBound, Self.digitValue(utf16[end]) != nil { end += 1 }
            defer { index = end }
            var unitStart = end
            while unitStart < range.upperBound, unitStart - end < 2,
                [0x20, 0xA0, 0x202F, 0x2D, 0x2010, 0x2011].contains(utf16[unitStart])
            {
                unitStart += 1
            }
            guard let (length, days) = name(at: unitStart, limit: range.upperBound, utf16),
                let number = Self.number(before: unitStart, in: utf16)
            else { continue }
            let period = number.range.lowerBound..<(unitStart + length)
            if !Self.isDayOfMonth(period, utf16) { found.append((number.value * days, period)) }
        }
        return found
    }

    /// A number in words starting a word at `offset` ("sechs", "fourteen"), and where the unit's name would start
    /// after it (past one or two spaces or a hyphen).
    private func spelledNumber(at offset: Int, limit: Int, _ utf16: [UInt16])
        -> (number: (value: Int, range: Range<Int>), unitStart: Int)?
    {
        // Every number in words has two units or more, and must end before `limit`.
        guard offset == 0 || !Self.isLetter(utf16[offset - 1]), offset + 2 < limit else { return nil }
        let first = Self.lowered(utf16[offset]), second = Self.lowered(utf16[offset + 1])
        // The third unit lowered once, when a number's first two match: most words reaching here share a group with
        // a dozen numbers ("the", "this" with "three", "thirteen", "thirty-…") and differ from each in its first
        // three units, which were lowered again for every number.
        var third: UInt16?
        let group = Self.pairBit(first, second)
        for candidate in spelled[Int(spelledStart[group])..<Int(spelledStart[group + 1])] {
            let length = Int(candidate.end - candidate.start), value = Int(candidate.value)
            let start = Int(candidate.start)
            guard offset + length < limit, spelledUnits[start] == first, spelledUnits[start + 1] == second else {
                continue
            }
            if length > 2 {
                let lowered = third ?? Self.lowered(utf16[offset + 2])
                third = lowered
                guard spelledUnits[start + 2] == lowered else { continue }
            }
            var matches = true
            for position in min(3, length)..<length
            where Self.lowered(utf16[offset + position]) != spelledUnits[start + position] {
                matches = false
                break
            }
            guard matches, !Self.isLetter(utf16[offset + length]) else { continue }
            var unitStart = offset + length
            while unitStart < limit, unitStart - offset - length < 2,
                [0x20, 0xA0, 0x202F, 0x2D, 0x2010, 0x2011].contains(utf16[unitStart])
            {
                unitStart += 1
            }
            guard unitStart > offset + length else { return nil }
            return ((value, offset..<(offset + length)), unitStart)
        }
        return nil
    }

    private static func isLetter(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return isASCIILetter(unit) }
        return Unicode.Scalar(unit).map { $0.properties.isAlphabetic } ?? false
    }

    private static func isASCIILetter(_ unit: UInt16) -> Bool { (unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7A }

    /// The longest duration name at `offset` (case-insensitive), which in a spaced script must end its word.
    private func name(at offset: Int, limit: Int, _ utf16: [UInt16]) -> (length: Int, days: Int)? {
        for (name, days) in names where offset + name.count <= limit {
            var matches = true
            for (position, unit) in name.enumerated() where Self.lowered(utf16[offset + position]) != unit {
                matches = false
                break
            }
            guard matches else { continue }
            let next = utf16.at(offset + name.count).flatMap(Unicode.Scalar.init)
            let unspaced = name.first.map { $0 >= 0x0E00 } ?? false
            if unspaced || !(next?.properties.isAlphabetic ?? false) { return (name.count, days) }
        }
        return nil
    }

    /// "24일(월)", "12월 24일", "12月24日": in Korean, Japanese and Chinese a number of days is also a day of the
    /// month; one followed by a weekday in brackets or preceded by a month is a date.
    static func isDayOfMonth(_ period: Range<Int>, _ utf16: [UInt16]) -> Bool {
        // 일 日 号
        guard let unit = utf16.at(period.upperBound - 1), [0xC77C, 0x65E5, 0x53F7].contains(unit) else { return false }
        if let next = utf16.at(period.upperBound), next == 0x28 || next == 0xFF08 { return true }  // ( （
        let before = utf16[max(0, period.lowerBound - 3)..<period.lowerBound]
        return before.contains(0xC6D4) || before.contains(0x6708)  // 월 月
    }

    /// `unit` lowercased when its lowercase is one unit, else `unit`. Asked of every unit a number or a duration
    /// name is compared with: the scripts without case (Thai, CJK, kana, Hangul) are told by range, which
    /// ``loweredByProperties(_:)`` reads from Unicode's properties at some hundred instructions a unit.
    static func lowered(_ unit: UInt16) -> UInt16 {
        if unit < 0xC0 { return unit >= 0x41 && unit <= 0x5A ? unit + 0x20 : unit }
        return isCaseless(unit) ? unit : loweredByProperties(unit)
    }

    /// True for the BMP units of scripts without case: Arabic, Thai and Lao; CJK radicals to Vai (kana, Bopomofo,
    /// Hangul jamo, the ideographs, Yi, Lisu); Hangul syllables and jamo extended-B. Tested unit by unit against
    /// ``loweredByProperties(_:)``.
    private static func isCaseless(_ unit: UInt16) -> Bool {
        (0x0600..<0x0700).contains(unit) || (0x0E00..<0x0F00).contains(unit) || (0x2E80..<0xA640).contains(unit)
            || (0xAC00..<0xD800).contains(unit)
    }

    /// `unit` lowercased by its Unicode properties when its lowercase is one unit, else `unit`.
    static func loweredByProperties(_ unit: UInt16) -> UInt16 {
        if unit >= 0x41 && unit <= 0x5A { return unit + 0x20 }
        guard unit >= 0xC0, unit < 0xD800, let scalar = Unicode.Scalar(unit) else { return unit }
        return scalar.properties.lowercaseMapping.utf16.count == 1
            ? scalar.properties.lowercaseMapping.utf16.first! : unit
    }

    /// The number written just before `offset` ("14 days", "14-day", "14日", "١٤ يومًا"): decimal digits of any
    /// of the scripts agents type, at most 4, separated from the unit by nothing, spaces or a hyphen.
    static func number(before offset: Int, in utf16: [UInt16]) -> (value: Int, range: Range<Int>)? {
        var end = offset
        while end > 0, [0x20, 0xA0, 0x202F, 0x2D, 0x2010, 0x2011].contains(utf16[end - 1]), offset - end < 2 {
            end -= 1
        }
        var start = end, value = 0, scale = 1
        while start > 0, end - start < 4, let digit = digitValue(utf16[start - 1]) {
            value += digit * scale
            scale *= 10
            start -= 1
        }
        guard start < end else { return nil }
        // A digit glued on the left ("A14 days", "1.5 years") is not this number.
        if start > 0, let before = Unicode.Scalar(utf16[start - 1]),
            before.properties.isAlphabetic || before == "." || before == ","
        {
            return nil
        }
        return (value, start..<end)
    }

    static func digitValue(_ unit: UInt16) -> Int? {
        switch unit {
        case 0x30...0x39: Int(unit - 0x30)
        case 0xFF10...0xFF19: Int(unit - 0xFF10)
        case 0x0660...0x0669: Int(unit - 0x0660)
        case 0x06F0...0x06F9: Int(unit - 0x06F0)
        case 0x0E50...0x0E59: Int(unit - 0x0E50)
        default: nil
        }
    }
}
