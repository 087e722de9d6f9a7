/// The objects of a JSON document's first array, cut out one at a time without reading the whole document:
/// `{"tickets": [{…}, {…}]}` or `[{…}, {…}]`. Strings (and brackets inside them) are skipped correctly.
struct JSONArrayElements {
    private let stream: ByteStream
    private var inArray = false
    private var ended = false

    init(_ stream: ByteStream) { self.stream = stream }

    /// The next element's bytes and the line it starts on; nil after the array closes.
    mutating func next() throws -> (line: Int, bytes: [UInt8])? {
        guard !ended else { return nil }
        if !inArray {
            guard try skip(to: 0x5B) else { throw QAError("no JSON array of tickets in the export") }
            inArray = true
        }
        while let byte = try stream.next() {
            switch byte {
            case 0x7B: return (stream.line, try object())
            case 0x5D:
                ended = true
                return nil
            default: continue  // commas and white space between elements
            }
        }
        throw QAError("the JSON export ends inside its array of tickets")
    }

    /// Skips to just past the first `target` byte outside a string; false at the end.
    private func skip(to target: UInt8) throws -> Bool {
        var strings = StringTracker()
        while let byte = try stream.next() {
            if strings.isStructural(byte), byte == target { return true }
        }
        return false
    }

    /// The rest of an object whose `{` was just read, with the brace.
    private func object() throws -> [UInt8] {
        var bytes: [UInt8] = [0x7B]
        var depth = 1
        var strings = StringTracker()
        while let byte = try stream.next() {
            bytes.append(byte)
            guard strings.isStructural(byte) else { continue }
            switch byte {
            case 0x7B, 0x5B: depth += 1
            case 0x7D, 0x5D:
                depth -= 1
                if depth == 0 { return bytes }
            default: break
            }
        }
        throw QAError("the JSON export ends inside a ticket")
    }

    /// Whether a byte of JSON stands outside any string (a quote that opens or closes a string is not structural).
    private struct StringTracker {
        private var inString = false
        private var escaped = false

        mutating func isStructural(_ byte: UInt8) -> Bool {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == 0x5C {
                    escaped = true
                } else if byte == 0x22 {
                    inString = false
                }
                return false
            }
            if byte == 0x22 {
                inString = true
                return false
            }
            return true
        }
    }
}
