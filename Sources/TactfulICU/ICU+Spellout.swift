internal import CICU

extension ICU {
    /// The numbers `numbers` written out in words by ICU's rule-based spellout (CLDR RBNF) for `locale`: "sechs",
    /// "vierzehn", "fourteen", "trente". Besides the locale's default cardinal rules, the feminine and masculine
    /// cardinal rule sets where the locale has them ("duas", "une"). Each entry is (words, value); duplicates removed.
    public static func spelledOut(_ numbers: ClosedRange<Int>, locale: LocaleID) throws(ICUError) -> [(
        words: String, value: Int
    )] {
        var found: [(String, Int)] = []
        var seen: Set<String> = []
        for ruleSet in [nil, "%spellout-cardinal-feminine", "%spellout-cardinal-masculine"] {
            var status = U_ZERO_ERROR
            let opened = icu_unum_openSpellout(locale.identifier, &status)
            try check(status, "open the spellout rules of \(locale)")
            guard let format = opened else {
                throw ICUError.nullHandle("open the spellout rules of \(locale)")
            }
            defer { icu_unum_close(format) }
            if let ruleSet {
                let units = Array(ruleSet.utf16)
                icu_unum_setTextAttribute(format, UNUM_DEFAULT_RULESET, units, Int32(units.count), &status)
                guard status.rawValue <= 0 else { continue }  // the locale has no such rule set
            }
            for number in numbers {
                let words = try fillUTF16("spell out \(number) in \(locale)") {
                    icu_unum_format(format, Int32(number), $0, $1, &$2)
                }
                if !words.isEmpty, seen.insert(words).inserted { found.append((words, number)) }
            }
        }
        return found
    }
}
