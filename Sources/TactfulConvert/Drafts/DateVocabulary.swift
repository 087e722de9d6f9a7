import TactfulICU

/// How a draft's languages write dates, read from ICU: every form of their month names ("März", "mars", "marzo",
/// "3月") and their patterns for a day and month with and without the year ("d. MMMM y", "d 'de' MMMM 'de' y",
/// "y年M月d日").
struct DateVocabulary: Sendable {
    /// Month names lowercased and without a final period, longest first (so "märz" is tried before "mär").
    let months: [(name: String, month: Int)]
    /// The languages' date patterns, those with a year first.
    let patterns: [DatePattern]

    /// No month names and no patterns: only numeric dates are read.
    static let numericOnly = DateVocabulary(months: [], patterns: [])

    /// The skeletons whose patterns a draft's dates are matched against.
    private static let skeletons = ["yMMMMd", "yMMMd", "MMMMd", "MMMd"]

    private init(months: [(name: String, month: Int)], patterns: [DatePattern]) {
        self.months = months
        self.patterns = patterns
    }

    /// The vocabulary of `languages`; a language ICU cannot describe contributes nothing.
    init(languages: [ICU.LocaleID]) {
        var names: [String: Int] = [:]
        var patterns: [DatePattern] = []
        for language in languages {
            for list in ((try? ICU.monthNames(locale: language)) ?? [:]).values {
                for (index, name) in list.enumerated() {
                    let key = String(name.lowercased().reversed().drop { $0 == "." }.reversed())
                    if !key.isEmpty, names[key] == nil { names[key] = index + 1 }
                }
            }
            let found = (try? ICU.bestPatterns(forSkeletons: Self.skeletons, locale: language)) ?? []
            for pattern in found.compactMap(DatePattern.init) where !patterns.contains(pattern) {
                patterns.append(pattern)
            }
        }
        months = names.map { (name: $0.key, month: $0.value) }.sorted {
            ($0.name.count, $1.name) > ($1.name.count, $0.name)
        }
        self.patterns = patterns.filter(\.hasYear) + patterns.filter { !$0.hasYear }
    }
}

/// A CLDR date pattern (`d. MMMM y`) as the parts a written date must show in turn.
struct DatePattern: Sendable, Equatable {
    /// One part of a pattern.
    enum Part: Sendable, Equatable {
        /// The day of the month, 1 or 2 digits.
        case day
        /// The month as 1 or 2 digits (`M`, `MM`).
        case monthNumber
        /// The month by name (`MMM`, `MMMM`, `LLL`, `LLLL`).
        case monthName
        /// The year, 4 digits.
        case year
        /// Text written as is ("de", ".", "年"), matched ignoring case.
        case literal(String)
        /// Spaces, which a draft may write or leave out.
        case space
    }

    /// The parts in order.
    let parts: [Part]

    /// True when the pattern writes the year.
    var hasYear: Bool { parts.contains(.year) }

    /// Reads an ICU pattern; nil when it has a field a written date is not matched by (a weekday, an era).
    init?(_ pattern: String) {
        var parts: [Part] = []
        var characters = pattern[...]
        while let first = characters.first {
            if first == "'" {
                let quoted = characters.dropFirst().prefix { $0 != "'" }
                parts.append(quoted.isEmpty ? .literal("'") : .literal(String(quoted)))
                characters = characters.dropFirst(quoted.count + 2)
            } else if first.isASCII, first.isLetter {
                let run = characters.prefix { $0 == first }
                characters = characters.dropFirst(run.count)
                switch (first, run.count) {
                case ("d", 1...2): parts.append(.day)
                case ("M", 1...2), ("L", 1...2): parts.append(.monthNumber)
                case ("M", 3...4), ("L", 3...4): parts.append(.monthName)
                case ("y", 1), ("y", 4): parts.append(.year)
                default: return nil
                }
            } else if first.isWhitespace {
                characters = characters.drop(while: \.isWhitespace)
                parts.append(.space)
            } else {
                let text = characters.prefix { !$0.isWhitespace && $0 != "'" && !($0.isASCII && $0.isLetter) }
                characters = characters.dropFirst(text.count)
                parts.append(.literal(String(text)))
            }
        }
        self.parts = parts
    }
}
