import TactfulICU
import Testing

/// `ICU.NumberFormatter.shared`: one formatter per skeleton and locale for the whole process, formatting exactly as
/// a formatter built for the call.
@Suite struct SharedNumberFormattersTests {
    @Test func oneFormatterPerSkeletonAndLocaleFormatsAsAFreshOne() throws {
        let german = try ICU.LocaleID(tag: "de-DE")
        let shared = try ICU.NumberFormatter.shared(skeleton: "unit/kilogram .##", locale: german)
        #expect(try ICU.NumberFormatter.shared(skeleton: "unit/kilogram .##", locale: german) === shared)
        #expect(
            try ICU.NumberFormatter.shared(skeleton: "unit/kilogram .##", locale: ICU.LocaleID(tag: "en-GB")) !== shared
        )
        let fresh = try ICU.NumberFormatter(skeleton: "unit/kilogram .##", locale: german)
        for value in [0.5, 1, 2.25, 1234.5] {
            #expect(try shared.format(value) == fresh.format(value))
        }
    }

    @Test func tasksAskingAtOnceGetTheSameFormatter() async throws {
        // No Foundation here: its ICU headers clash with this target's (see ICU.NumberFormatter).
        let french = try ICU.LocaleID(tag: "fr-FR")
        let identities = await withTaskGroup(of: ObjectIdentifier?.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    (try? ICU.NumberFormatter.shared(skeleton: "currency/EUR", locale: french)).map(
                        ObjectIdentifier.init)
                }
            }
            return await group.reduce(into: [ObjectIdentifier?]()) { $0.append($1) }
        }
        #expect(identities.count == 8 && Set(identities).count == 1 && identities[0] != nil)
    }

    @Test func aBadSkeletonIsStillAnError() {
        #expect(throws: ICUError.self) {
            try ICU.NumberFormatter.shared(skeleton: "measure-unit/nonsense-x", locale: ICU.LocaleID(tag: "en"))
        }
    }
}
