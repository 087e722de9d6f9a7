import TactfulData
import TactfulGlossaryPairs
import TactfulICU
import Testing

@testable import TactfulLint

/// The ICU transforms run when the binary is built (tactful-embed's `TransformTables`) give what ICU gives at run
/// time: the characters each built-in script rule's transform changes, and every string of the zh vocabulary
/// glossary through `Hant-Hans` (what the zh-CN substitution rule reads), so a run that uses the tables and one that
/// opens the transliterator lint alike.
@Suite struct BuiltInTransformTests {
    @Test func changingCharactersMatchICU() throws {
        for id in ["Hans-Hant", "Hant-Hans"] {
            let built = try #require(BuiltInData.changingHanCharacters(id), "no built-in table for \(id)")
            let computed = ScriptRule.changingCharacters(try ICU.Transliterator(id: id))
            #expect(ChangingCharacters(changing: built).flags == computed.flags, "\(id)")
            #expect(built.utf16.count > 1_000, "\(id): \(built.utf16.count) characters")
        }
    }

    @Test func glossaryTransliterationsMatchICU() throws {
        let text = try #require(BuiltInData.text(at: "Glossaries/vocabulary/zh-vocabulary.csv"))
        let table = try GlossaryTable.parse(text, path: "zh-vocabulary.csv")
        let columns = try ["zh-TW", "zh-CN"].map { try #require(table.column($0)) }  // what zh-CN's rule reads
        let pieces = table.rows.flatMap { row in columns.flatMap { row[$0].split(separator: "|").map(String.init) } }
        let icu = try ICU.Transliterator(id: "Hant-Hans")
        var transliteration = try Transliteration(id: "Hant-Hans")
        var built = 0
        for piece in pieces {
            if BuiltInData.transliteration("Hant-Hans", of: piece) != nil { built += 1 }
            #expect(try transliteration.transform(piece) == (try icu.transform(piece)), "\(piece)")
        }
        #expect(built == pieces.count && built > 100, "\(built) of \(pieces.count) pieces transformed at build time")
    }

    @Test func anUnknownTransformStillFailsToOpen() {
        #expect(throws: ICUError.self) { try Transliteration(id: "Not-A-Transform") }
    }
}
