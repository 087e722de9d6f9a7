import Foundation

/// Finds dates and clock times: `2026-03-15`, `15.03.2026`, `03/15/2026`; dates with month names in the draft's
/// languages (``DateVocabulary``: `March 15, 2026`, `15 March 2026`, `3. März 2026`, `3 de marzo de 2026`,
/// `2026年3月3日`); `3:00 PM`, `3pm`, `15:00`. Numeric dates whose day and month could be swapped (`03/04/2026`) are
/// reported as ambiguous and left alone.
enum DateTimeScanner {
    /// A date or time at `start`; `ambiguous` is set for a numeric date that reads two ways.
    static func match(
        in text: String, at start: String.Index, vocabulary: DateVocabulary, ambiguous: inout [Range<String.Index>]
    ) -> DraftMatch? {
        if let found = numericDate(text, start, ambiguous: &ambiguous) { return found }
        return patternDate(text, start, vocabulary) ?? monthNameDate(text, start, vocabulary.months)
            ?? time(text, start)
    }

    /// A date written as one of the vocabulary's patterns: `3. März 2026`, `3 de marzo de 2026`, `2026年3月3日`.
    private static func patternDate(_ text: String, _ start: String.Index, _ vocabulary: DateVocabulary)
        -> DraftMatch?
    {
        for pattern in vocabulary.patterns {
            var scanner = Scanner(text, start)
            guard let (year, month, day) = read(pattern, with: &scanner, months: vocabulary.months) else { continue }
            let endsInDigits = pattern.parts.last.map { [.day, .monthNumber, .year].contains($0) } ?? false
            guard !endsInDigits || scanner.atBoundary else { continue }
            if let found = validated(year, month, day, pattern.hasYear, start..<scanner.index) { return found }
        }
        return nil
    }

    /// The year (2000 when the pattern has none), month and day written at the scanner as `pattern` says.
    private static func read(_ pattern: DatePattern, with scanner: inout Scanner, months: [(name: String, month: Int)])
        -> (Int, Int, Int)?
    {
        var (year, month, day) = (2000, 0, 0)
        for (index, part) in pattern.parts.enumerated() {
            switch part {
            case .day:
                guard let found = scanner.digits(1...2) else { return nil }
                day = found.value
            case .monthNumber:
                guard let found = scanner.digits(1...2) else { return nil }
                month = found.value
            case .year:
                guard let found = scanner.digits(4...4) else { return nil }
                year = found.value
            case .monthName:
                guard let found = scanner.month(months) else { return nil }
                month = found
                if pattern.parts.dropFirst(index + 1).first != .literal(".") { scanner.skipOptional(".") }  // "Feb."
            case .space: scanner.skipSpaces()
            case .literal(let literal): guard scanner.skip(literal, ignoringCase: true) else { return nil }
            }
        }
        return (year, month, day)
    }

    private static func numericDate(_ text: String, _ start: String.Index, ambiguous: inout [Range<String.Index>])
        -> DraftMatch?
    {
        var scanner = Scanner(text, start)
        guard let first = scanner.digits(1...4), let separator = scanner.oneOf("-./"),
            let second = scanner.digits(1...2), scanner.oneOf(String(separator)) != nil,
            let third = scanner.digits(2...4), scanner.atBoundary
        else { return nil }
        let range = start..<scanner.index
        let date: (Int, Int, Int)?
        if first.count == 4 {
            date = (first.value, second.value, third.value)  // ISO 8601 order
        } else {
            let year = third.count == 2 ? 2000 + third.value : third.value
            switch (first.value > 12, second.value > 12, separator) {
            case (true, false, _): date = (year, second.value, first.value)
            case (false, true, _): date = (year, first.value, second.value)
            case (false, false, "."): date = (year, second.value, first.value)  // dotted dates are day-first
            default:
                ambiguous.append(range)
                return nil
            }
        }
        guard let (year, month, day) = date, isValid(year, month, day) else { return nil }
        return DraftMatch(item: .date(year: year, month: month, day: day, hasYear: true), range: range)
    }

    /// `March 15, 2026`, `Mar. 15th`, `15 March 2026`, in any of the vocabulary's month names.
    private static func monthNameDate(_ text: String, _ start: String.Index, _ months: [(name: String, month: Int)])
        -> DraftMatch?
    {
        var scanner = Scanner(text, start)
        if let month = scanner.month(months) {
            scanner.skipOptional(".")
            scanner.skipSpaces()
            guard let day = scanner.digits(1...2) else { return nil }
            scanner.skipOrdinal()
            let afterDay = scanner.index
            if scanner.skip(",") {
                scanner.skipSpaces()
                if let year = scanner.digits(4...4), scanner.atBoundary {
                    return validated(year.value, month, day.value, true, start..<scanner.index)
                }
            }
            scanner.index = afterDay
            return scanner.atBoundary ? validated(2000, month, day.value, false, start..<afterDay) : nil
        }
        guard let day = scanner.digits(1...2) else { return nil }
        scanner.skipOrdinal()
        scanner.skipSpaces()
        guard let month = scanner.month(months) else { return nil }
        scanner.skipOptional(".")
        scanner.skipSpaces()
        guard let year = scanner.digits(4...4), scanner.atBoundary else { return nil }
        return validated(year.value, month, day.value, true, start..<scanner.index)
    }

    private static func time(_ text: String, _ start: String.Index) -> DraftMatch? {
        var scanner = Scanner(text, start)
        guard let hour = scanner.digits(1...2) else { return nil }
        var minute = 0
        let hasMinutes = scanner.skip(":")
        if hasMinutes {
            guard let minutes = scanner.digits(2...2) else { return nil }
            minute = minutes.value
        }
        let beforeMeridiem = scanner.index
        scanner.skipSpaces()
        let meridiem = scanner.meridiem()
        if meridiem == nil { scanner.index = beforeMeridiem }
        guard hasMinutes || meridiem != nil, scanner.atBoundary, minute < 60 else { return nil }
        var value = hour.value
        if let meridiem {
            guard (1...12).contains(value) else { return nil }
            value = value % 12 + (meridiem == "p" ? 12 : 0)
        }
        guard value < 24 else { return nil }
        return DraftMatch(item: .time(hour: value, minute: minute), range: start..<scanner.index)
    }

    private static func validated(_ year: Int, _ month: Int, _ day: Int, _ hasYear: Bool, _ range: Range<String.Index>)
        -> DraftMatch?
    {
        isValid(year, month, day)
            ? DraftMatch(item: .date(year: year, month: month, day: day, hasYear: hasYear), range: range) : nil
    }

    private static func isValid(_ year: Int, _ month: Int, _ day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1, (1900...2200).contains(year) else { return false }
        let lengths = [
            31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
        ]
        return day <= lengths[month - 1]
    }

    /// A cursor over the text with the small steps the date and time grammars need.
    private struct Scanner {
        let text: String
        var index: String.Index

        init(_ text: String, _ index: String.Index) {
            self.text = text
            self.index = index
        }

        var atBoundary: Bool { index == text.endIndex || !(text[index].isLetter || text[index].isNumber) }

        mutating func digits(_ count: ClosedRange<Int>) -> (value: Int, count: Int)? {
            var end = index
            while end < text.endIndex, text[end].isASCII, text[end].isNumber,
                text.distance(from: index, to: end) < count.upperBound
            {
                end = text.index(after: end)
            }
            let length = text.distance(from: index, to: end)
            guard count.contains(length), end == text.endIndex || !text[end].isNumber,
                let value = Int(text[index..<end])
            else { return nil }
            index = end
            return (value, length)
        }

        mutating func oneOf(_ characters: String) -> Character? {
            guard index < text.endIndex, characters.contains(text[index]) else { return nil }
            defer { index = text.index(after: index) }
            return text[index]
        }

        mutating func skip(_ literal: String, ignoringCase: Bool = false) -> Bool {
            guard let end = text.index(index, offsetBy: literal.count, limitedBy: text.endIndex) else { return false }
            let written = String(text[index..<end])
            guard ignoringCase ? written.lowercased() == literal.lowercased() : written == literal else { return false }
            index = end
            return true
        }

        mutating func skipOptional(_ literal: String) { _ = skip(literal) }

        mutating func skipSpaces() {
            while index < text.endIndex, text[index] == " " || text[index] == "\u{a0}" {
                index = text.index(after: index)
            }
        }

        /// Skips `st`, `nd`, `rd` or `th` after a day number.
        mutating func skipOrdinal() {
            for suffix in ["st", "nd", "rd", "th"] where text[index...].prefix(2).lowercased().hasPrefix(suffix) {
                index = text.index(index, offsetBy: 2, limitedBy: text.endIndex) ?? text.endIndex
                return
            }
        }

        /// A month name from `months` (longest first), not followed by more letters of a cased script.
        mutating func month(_ months: [(name: String, month: Int)]) -> Int? {
            guard let longest = months.first?.name.count else { return nil }
            let window = text[index...].prefix(longest + 1).lowercased()
            for (name, number) in months where window.hasPrefix(name) {
                guard let end = text.index(index, offsetBy: name.count, limitedBy: text.endIndex),
                    end == text.endIndex || !(text[end].isLetter && text[text.index(before: end)].isCased)
                else { continue }
                index = end
                return number
            }
            return nil
        }

        /// "a" or "p" for am/pm, a.m./p.m.
        mutating func meridiem() -> Character? {
            for (written, value) in [("a.m.", "a"), ("p.m.", "p"), ("am", "a"), ("pm", "p")]
            where text[index...].prefix(4).lowercased().hasPrefix(written) {
                guard let end = text.index(index, offsetBy: written.count, limitedBy: text.endIndex),
                    end == text.endIndex || !text[end].isLetter
                else { continue }
                index = end
                return Character(value)
            }
            return nil
        }
    }
}
