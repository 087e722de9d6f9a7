import TactfulPhraseFolding
import Testing

@testable import TactfulLint

/// Arabic written with or without its vowel marks, with or without hamza, and with a conjunction on a negation, is
/// matched by the same phrase; the letters the packs keep apart stay apart.
@Suite struct ArabicFoldingTests {
    func lawFindings(_ text: String, _ tag: String) throws -> Int {
        try builtInFindings(text, tag) { $0.rule == "root.legal.law" }.count
    }

    @Test(arguments: [
        "المنتجات المخفضة لا تستبدل حتى لو كان بها عيب.",
        "المنتجات المخفضة لا تُستبدل حتى لو كان بها عيب.",
        "المنتجات المخفّضة ولا تستبدل حتى لو كان بها عيب.",
        "المنتجات المخفضة لا تـسـتبدل حتى لو كان بها عيب.",
    ])
    func vowelMarksTatweelAndAConjunctionDoNotHideARefusal(text: String) throws {
        #expect(try lawFindings(text, "ar-AE") == 1)
    }

    @Test func aConjunctionStartsAWordOnlyBeforeANegation() {
        for (word, splits) in [("ولا", true), ("فلن", true), ("وليس", true), ("ولاية", false), ("فلان", false)] {
            let units = Array(word.utf16)
            var boundary = [Bool](repeating: false, count: units.count + 1)
            (boundary[0], boundary[units.count]) = (true, true)
            ArabicFolding.markWordStarts(units, &boundary)
            #expect(boundary[1] == splits, "\(word)")
        }
    }

    @Test func foldingDropsMarksAndUnifiesAlef() {
        var units = Array("إرجاعُ".utf16)
        #expect(ArabicFolding.fold(&units, from: 0))
        #expect(String(decoding: units, as: UTF16.self) == "ارجاع")
    }

    /// MSA بكرة ("spool") is not the Egyptian بكره ("tomorrow") the vocabulary rule reports.
    @Test func tehMarbutaStaysApartFromHeh() throws {
        let found = try builtInFindings("تتوفر بكرة الخيط الإضافية باللونين الأبيض والأسود.", "ar-SA") {
            $0.rule.hasPrefix("ar.vocabulary")
        }
        #expect(found.isEmpty)
    }
}
