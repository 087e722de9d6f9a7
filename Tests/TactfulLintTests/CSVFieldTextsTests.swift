import TactfulData
import TactfulGlossaryPairs
import Testing

@testable import TactfulLint

/// `GlossaryCSV.fieldTexts` (the glossaries' fast path) reads exactly what `CSVReader.rows` reads.
@Suite struct CSVFieldTextsTests {
    static func positioned(_ text: String) throws -> [[String]] {
        try CSVReader.rows(text, path: "t.csv").map { $0.map(\.text) }
    }

    @Test func readsEveryBuiltInTableAsRowsDoes() throws {
        let tables = BuiltInData.paths.filter { $0.hasSuffix(".csv") }
        #expect(!tables.isEmpty)
        for path in tables {
            let text = try #require(BuiltInData.text(at: path))
            #expect(try GlossaryCSV.fieldTexts(text, path: path) == Self.positioned(text), "\(path)")
        }
    }

    @Test func readsTheKeptColumnsOfEveryBuiltInTableAndLeavesTheOthersEmpty() throws {
        for path in BuiltInData.paths.filter({ $0.hasSuffix(".csv") }) {
            let text = try #require(BuiltInData.text(at: path))
            let whole = try GlossaryCSV.fieldTexts(text, path: path)
            let width = whole.first?.count ?? 0
            let expected = whole.indices.map { row in
                whole[row].indices.map { column in
                    row > 0 && column < width && column % 2 == 0 ? "" : whole[row][column]
                }
            }
            let kept = try GlossaryCSV.fieldTexts(text, path: path) { header in header.indices.map { $0 % 2 == 1 } }
            #expect(kept == expected, "\(path)")
        }
    }

    @Test func keepsARowWhoseOnlyTextIsInAColumnNotRead() throws {
        let rows = try GlossaryCSV.fieldTexts("a,b\n,x\n,\n", path: "t.csv") { _ in [true, false] }
        #expect(rows == [["a", "b"], ["", ""]])
    }

    @Test(arguments: [
        "a,b\r\nc,\"d,\"\"e\"\"\"\n", "# comment, \"x\n\"multi\nline\",z\n,,\n\nlast,row", "ünï,😀ç\r\n\"日本\r\n語\",x",
        "a,\"b\"c,d\n", "\"\",\"\"\n#\n x , y \n", "",
    ])
    func readsTrickyTextsAsRowsDoes(_ text: String) throws {
        #expect(try GlossaryCSV.fieldTexts(text, path: "t.csv") == Self.positioned(text))
    }

    @Test func reportsAnUnterminatedQuoteAtTheSamePlace() {
        let text = "a,b\n😀😀,\"open\nstill open"
        #expect(throws: PackError.self) { try GlossaryCSV.fieldTexts(text, path: "t.csv") }
        var fast: PackError?
        var slow: PackError?
        do { _ = try GlossaryCSV.fieldTexts(text, path: "t.csv") } catch { fast = error }
        do { _ = try CSVReader.rows(text, path: "t.csv") } catch { slow = error }
        #expect(fast != nil && fast == slow && fast?.line == 2)
    }
}
