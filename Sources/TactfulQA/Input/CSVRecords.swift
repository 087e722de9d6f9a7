/// RFC 4180 records read one at a time from a stream: quoted fields may hold commas, quotes (`""`) and newlines.
struct CSVRecords {
    private let stream: ByteStream

    init(_ stream: ByteStream) { self.stream = stream }

    /// The next record and the line it starts on; nil at the end. Blank lines are skipped.
    mutating func next() throws -> (line: Int, fields: [String])? {
        while try stream.peek() != nil {
            let line = stream.line
            var fields: [String] = []
            var field: [UInt8] = []
            var quoted = false
            var wasQuoted = false
            while let byte = try stream.next() {
                if quoted {
                    if byte == 0x22 {
                        if try stream.peek() == 0x22 {
                            _ = try stream.next()
                            field.append(0x22)
                        } else {
                            quoted = false
                        }
                    } else {
                        field.append(byte)
                    }
                    continue
                }
                switch byte {
                case 0x22 where field.isEmpty && !wasQuoted:
                    quoted = true
                    wasQuoted = true
                case 0x2C:
                    fields.append(String(decoding: field, as: UTF8.self))
                    field.removeAll(keepingCapacity: true)
                    wasQuoted = false
                case 0x0A: break
                case 0x0D: continue
                default: field.append(byte)
                }
                if byte == 0x0A { break }
            }
            fields.append(String(decoding: field, as: UTF8.self))
            if fields.count == 1 && fields[0].isEmpty { continue }
            return (line, fields)
        }
        return nil
    }
}

/// A CSV header: column name → index, matched without regard to case or surrounding spaces.
struct CSVHeader {
    let names: [String]
    private let index: [String: Int]

    init(_ fields: [String]) {
        names = fields
        var index: [String: Int] = [:]
        for (offset, name) in fields.enumerated() { index[Self.key(name)] = index[Self.key(name)] ?? offset }
        self.index = index
    }

    /// The first of `candidates` the header has.
    func column(_ candidates: [String]) -> Int? {
        candidates.lazy.compactMap { index[Self.key($0)] }.first
    }

    private static func key(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespaces).lowercased()
    }
}
