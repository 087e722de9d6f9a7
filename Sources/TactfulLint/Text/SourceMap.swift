/// Where each UTF-16 unit of a decoded template sits in its original file.
public struct SourceMap: Sendable {
    /// 1-based (line, column) in the file for each unit of the text, plus one entry for the end.
    private let positions: [(line: Int32, column: Int32)]

    /// A map from explicit positions (one per unit, plus the end).
    public init(positions: [(line: Int, column: Int)]) {
        self.positions = positions.map { (Int32($0.line), Int32($0.column)) }
    }

    /// The identity map for text that starts at `line`/`column` of its file and is copied verbatim.
    public static func verbatim(_ text: String, line: Int = 1, column: Int = 1) -> SourceMap {
        var positions: [(line: Int, column: Int)] = []
        positions.reserveCapacity(text.utf16.count + 1)
        var (currentLine, currentColumn) = (line, column)
        for unit in text.utf16 {
            positions.append((currentLine, currentColumn))
            if unit == 0x0A { currentLine += 1; currentColumn = 1 } else { currentColumn += 1 }
        }
        positions.append((currentLine, currentColumn))
        return SourceMap(positions: positions)
    }

    /// The file position of a text offset (clamped to the text).
    public func position(of offset: Int) -> (line: Int, column: Int) {
        guard !positions.isEmpty else { return (1, 1) }
        let entry = positions[min(max(offset, 0), positions.count - 1)]
        return (Int(entry.line), Int(entry.column))
    }
}
