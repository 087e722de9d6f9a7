import TactfulLint

extension GuideSections {
    /// The taboos of the market's region (`Glossaries/culture/taboos.yml`): forms, reading and advice, source.
    func taboos() -> GuideSection {
        let notes = TabooNote.builtIn(region: market.region, language: market.language, uiLanguage: ui)
        let lines = notes.map { note in
            let text = [note.reading, note.advice].filter { !$0.isEmpty }.joined(separator: ui == .zhHans ? "" : " ")
            return GuideLine(label: list(note.forms, limit: 5), text: text, source: note.source, id: note.id)
        }
        return section(.taboos, lines, empty: .noTaboos)
    }

    /// The occasions the market's region keeps (`Glossaries/culture/occasions.yml`): public holidays by their
    /// calendar name, and days kept or marketed that are not in the calendar.
    func occasions() -> GuideSection {
        let lines = OccasionNote.builtIn(region: market.region, uiLanguage: ui).map { note in
            var parts = [note.holiday.map { "\(GuideWords.publicHoliday(ui)): \($0)" } ?? GuideWords.marketedDay(ui)]
            if let month = note.month { parts.append("\(GuideWords.keptInMonth(ui)) \(month)") }
            if note.solemn { parts.append(GuideWords.solemn(ui)) }
            return GuideLine(
                label: note.name, text: parts.joined(separator: ui == .zhHans ? "；" : "; "), source: note.source,
                id: note.id)
        }
        return section(.occasions, lines, empty: .noOccasions)
    }
}
