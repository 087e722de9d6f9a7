import TactfulYAML
import Testing

/// A text table gives back the texts put in, whole and as bytes, in order.
@Suite struct TextTableTests {
    @Test func theTextsComeBackAsTheyWentIn() {
        let texts = ["refund", "", "Rückgabe", "返金できません", "👌🏽", "no refund", "a\tb"]
        let table = TextTable(texts)
        #expect(Array(table) == texts)
        #expect(table.count == texts.count)
        var read: [String] = []
        table.forEachUTF8 { read.append(String(decoding: $0, as: UTF8.self)) }
        #expect(read == texts)
        #expect(table.withUTF8(3) { Array($0) } == Array("返金できません".utf8))
    }

    @Test func tablesJoinInOrder() {
        var joined: TextTable = ["one", "two"]
        joined.append(contentsOf: ["", "three"])
        Array("four".utf8).withUnsafeBufferPointer { joined.append(utf8: $0) }
        #expect(joined == ["one", "two", "", "three", "four"])
        #expect(joined != ["one", "two", "three", "four"])
    }
}
