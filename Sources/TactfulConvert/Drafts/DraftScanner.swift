/// Walks a draft once and finds prices, sizes, dates, times and measurements, in that order of preference at each
/// place.
enum DraftScanner {
    /// What a scan found.
    struct Scan {
        var matches: [DraftMatch] = []
        var ambiguousDates: [Range<String.Index>] = []
    }

    /// Every item in `text`, none overlapping, in text order; sizes only in `sizeSystems` (none by default), dates
    /// with month names only in the languages of `dates` (none by default: numeric dates only), units by their
    /// abbreviations, English names and the names in `units`.
    static func scan(
        _ text: String, sizeSystems: [String] = [], dates: DateVocabulary = .numericOnly, units: UnitVocabulary? = nil
    ) -> Scan {
        var scan = Scan()
        var index = text.startIndex
        var previous: Character?
        while index < text.endIndex {
            let character = text[index]
            if startsWord(character, after: previous),
                let found = PriceScanner.match(in: text, at: index)
                    ?? (sizeSystems.isEmpty ? nil : SizeScanner.match(in: text, at: index, systems: sizeSystems))
                    ?? DateTimeScanner.match(in: text, at: index, vocabulary: dates, ambiguous: &scan.ambiguousDates)
                    ?? measurement(text, index, units)
            {
                scan.matches.append(found)
                previous = text[text.index(before: found.range.upperBound)]
                index = found.range.upperBound
                continue
            }
            if let skipped = scan.ambiguousDates.last, skipped.lowerBound == index {
                previous = text[text.index(before: skipped.upperBound)]
                index = skipped.upperBound
                continue
            }
            previous = character
            index = text.index(after: index)
        }
        return scan
    }

    /// Items start at a word's beginning: never inside a number or a word (`A4`, `1.5` from `21.5`). Scripts
    /// without case and without spaces between words (`発送日は2026年3月3日`) start a number right after a letter.
    private static func startsWord(_ character: Character, after previous: Character?) -> Bool {
        guard let previous else { return true }
        if previous.isLetter, !previous.isCased, character.isNumber { return true }
        return !(previous.isLetter || previous.isNumber || previous == "." || previous == "," || previous == "-")
    }

    private static func measurement(_ text: String, _ index: String.Index, _ units: UnitVocabulary?) -> DraftMatch? {
        guard text[index].isNumber else { return nil }
        return QuantityParser.match(in: text, at: index, prose: true, names: units).map {
            DraftMatch(item: .measurement($0), range: $0.range)
        }
    }
}
