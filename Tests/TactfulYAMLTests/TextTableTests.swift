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

    /// Texts joined by a separator become the table that appending them one by one gives (the same bytes).
    @Test func joinedTextsAreAppendedAsOneByOne() {
        let lists = [["refund"], [""], ["Rückgabe", "", "返金できません"], ["", ""], ["👌🏽", "no refund", "a\tb"]]
        var joined: TextTable = ["before"]
        var oneByOne: TextTable = ["before"]
        for list in lists {
            let count = Array(list.joined(separator: "\u{1F}").utf8).withUnsafeBufferPointer {
                joined.append(joined: $0, separator: 0x1F)
            }
            #expect(count == list.count)
            for text in list { oneByOne.append(text) }
        }
        #expect(joined == oneByOne)
        #expect(Array(joined) == ["before"] + lists.joined())
        var read: [String] = []
        joined.forEachUTF8 { read.append(String(decoding: $0, as: UTF8.self)) }
        #expect(read == Array(joined))
    }
}
