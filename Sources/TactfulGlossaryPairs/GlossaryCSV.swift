import TactfulYAML

/// The field texts of a glossary table (RFC 4180 CSV: quoted fields, doubled quotes, CRLF; lines starting with `#`
/// outside quotes are comments), read over UTF-8 bytes without positions: the reading TactfulLint's `CSVReader.rows`
/// gives, for trusted tables read whole. Every delimiter is ASCII, so fields stay whole characters.
package enum GlossaryCSV {
    /// The rows of `text` as field texts. With `keeping`, which is given the first row (the header) and answers
    /// which of its columns are wanted, the fields of the other columns of later rows are read as empty texts (a row
    /// is still dropped only when every field of it is empty): a rule that reads two columns of the six in the
    /// spelling glossary makes a third of the strings.
    package static func fieldTexts(
        _ text: String, path: String, keeping: (([String]) -> [Bool])? = nil
    ) throws(PositionedError) -> [[String]] {
        var text = text
        let read = text.withUTF8 { bytes in
            Result { () throws(PositionedError) in try fieldTexts(bytes, path: path, keeping: keeping) }
        }
        return try read.get()
    }

    /// One pass in one function (no captured state), runs of ordinary bytes appended at once: reading the spelling
    /// glossary byte by byte through nested functions cost 340 instructions a byte.
    private static func fieldTexts(
        _ source: UnsafeBufferPointer<UInt8>, path: String, keeping: (([String]) -> [Bool])?
    ) throws(PositionedError) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field: [UInt8] = []
        /// `kept[i]`: column `i` is read (set from the header when `keeping` is given; columns past it are read).
        var kept: [Bool] = []
        var rowHasText = false
        var quoted = false, atLineStart = true
        var quoteStart = 0
        var index = 0
        let count = source.count
        while index < count {
            let byte = source[index]
            if atLineStart {
                atLineStart = false
                if byte == 0x23 {  // a comment line (never inside quotes: a line starts outside them)
                    while index < count && source[index] != 0x0A { index += 1 }
                    index += 1
                    atLineStart = true
                    continue
                }
            }
            if quoted {
                if byte == 0x22 {
                    if index + 1 < count && source[index + 1] == 0x22 {
                        field.append(0x22)
                        index += 2
                    } else {
                        quoted = false
                        index += 1
                    }
                    continue
                }
                var end = index + 1
                while end < count && source[end] != 0x22 { end += 1 }
                field.append(contentsOf: UnsafeBufferPointer(rebasing: source[index..<end]))
                index = end
                continue
            }
            switch byte {
            case 0x22 where field.isEmpty:
                quoted = true
                quoteStart = index
            case 0x22: field.append(byte)
            case 0x2C:
                rowHasText = rowHasText || !field.isEmpty
                row.append(row.count < kept.count && !kept[row.count] ? "" : String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
            case 0x0D where index + 1 < count && source[index + 1] == 0x0A: break
            case 0x0A:
                rowHasText = rowHasText || !field.isEmpty
                row.append(row.count < kept.count && !kept[row.count] ? "" : String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                if rowHasText {
                    rows.append(row)
                    if rows.count == 1, let keeping { kept = keeping(row) }
                }
                rowHasText = false
                // Rows are as wide as the last one: growing each row field by field was a third of this loop.
                let width = row.count
                row = []
                row.reserveCapacity(width)
                atLineStart = true
            default:
                var end = index + 1
                while end < count, !isDelimiter(source[end]) { end += 1 }
                field.append(contentsOf: UnsafeBufferPointer(rebasing: source[index..<end]))
                index = end
                continue
            }
            index += 1
        }
        if quoted {
            let (line, column) = position(of: quoteStart, in: source)
            throw PositionedError(path: path, line: line, column: column, message: "unterminated quoted field")
        }
        if !field.isEmpty || !row.isEmpty {
            rowHasText = rowHasText || !field.isEmpty
            row.append(row.count < kept.count && !kept[row.count] ? "" : String(decoding: field, as: UTF8.self))
            if rowHasText { rows.append(row) }
        }
        return rows
    }

    /// A byte that ends a run of ordinary field bytes outside quotes.
    private static func isDelimiter(_ byte: UInt8) -> Bool {
        byte == 0x2C || byte == 0x0A || byte == 0x0D || byte == 0x22
    }

    /// The 1-based line and column (in UTF-16 units, as `CSVReader.rows` counts) of the byte at `offset`.
    private static func position(of offset: Int, in source: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        var (line, column) = (1, 1)
        for byte in source[0..<offset] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += byte >= 0xF0 ? 2 : 1
            }
        }
        return (line, column)
    }
}
