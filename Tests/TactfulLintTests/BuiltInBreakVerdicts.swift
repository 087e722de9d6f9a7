import TactfulData
import TactfulICU
import Testing

/// Checks that the ASCII breakers' verdicts recorded when the binary was built (per built-in market locale) are what
/// ICU gives now: `agrees` asks the breaker about an ICU iterator of `kind`, `recorded` reads the built-in verdict, and
/// `unknown` is a locale no market has (its verdict must be missing).
func expectBuiltInVerdictsMatchICU(
    _ kind: ICU.BreakIterator.Unit, agrees: (ICU.BreakIterator) throws -> Bool, recorded: (String) -> Bool?,
    unknown: String
) throws {
    var checked = 0
    for (path, _) in BuiltInData.files(under: "Locales") {
        let name = String(path.dropFirst("Locales/".count).dropLast(".yml".count))
        guard let line = BuiltInData.checkedMarketTag(name), let identifier = line.split(separator: "\t").first
        else { continue }
        let iterator = try ICU.BreakIterator(kind, locale: ICU.LocaleID(tag: String(identifier)))
        #expect(recorded(String(identifier)) == (try agrees(iterator)), "\(name)")
        checked += 1
    }
    #expect(checked > 20)
    #expect(recorded(unknown) == nil)
}
