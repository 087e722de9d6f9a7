/// RFC 4180 CSV (quoted fields, doubled quotes, CRLF), keeping where each field's characters sit in the file.
/// Lines starting with `#` outside quotes are comments.
public enum CSVReader {
    /// One field: its decoded text and the file position of each of its UTF-16 units.
    public struct Field: Sendable {
        /// The decoded text.
        public let text: String
        /// Positions in the file.
        public let sourceMap: SourceMap
    }

    /// The rows of `text`; throws with `path:line:col` for an unterminated quote.
    public static func rows(_ text: String, path: String) throws(PackError) -> [[Field]] {
        var rows: [[Field]] = []
        var row: [Field] = []
        var units: [UInt16] = [], positions: [(line: Int, column: Int)] = []
        var quoted = false, atLineStart = true, comment = false
        var (line, column) = (1, 1)
        var quoteStart = (1, 1)
        let source = Array(text.utf16)
        var index = 0
        func endField() {
            positions.append((line, column))
            // ASCII fields (most) are built from bytes: no UTF-16 transcoding.
            let text =
                units.allSatisfy { $0 < 0x80 }
                ? String(decoding: units.lazy.map { UInt8(truncatingIfNeeded: $0) }, as: UTF8.self)
                : String(decoding: units, as: UTF16.self)
            row.append(Field(text: text, sourceMap: SourceMap(positions: positions)))
            units = []
            positions = []
        }
        func advance(_ unit: UInt16) {
            if unit == 0x0A { line += 1; column = 1 } else { column += 1 }
        }
        while index < source.count {
            let unit = source[index]
            if atLineStart { comment = unit == 0x23 && !quoted; atLineStart = false }
            if comment {
                if unit == 0x0A { atLineStart = true }
                advance(unit); index += 1; continue
            }
            switch (unit, quoted) {
            case (0x22, true) where index + 1 < source.count && source[index + 1] == 0x22:
                units.append(0x22); positions.append((line, column)); advance(unit); index += 1
            case (0x22, true): quoted = false
            case (0x22, false) where units.isEmpty: quoted = true; quoteStart = (line, column)
            case (0x2C, false): endField()
            case (0x0D, false) where index + 1 < source.count && source[index + 1] == 0x0A: break
            case (0x0A, false):
                endField()
                if row.contains(where: { !$0.text.isEmpty }) { rows.append(row) }
                row = []
                atLineStart = true
            default:
                units.append(unit); positions.append((line, column))
            }
            advance(unit)
            index += 1
        }
        if quoted {
            throw PackError(path: path, line: quoteStart.0, column: quoteStart.1, message: "unterminated quoted field")
        }
        if !units.isEmpty || !row.isEmpty {
            endField()
            if row.contains(where: { !$0.text.isEmpty }) { rows.append(row) }
        }
        return rows
    }
}
