import TactfulLint

/// A JSON reader (RFC 8259) whose strings remember where each of their characters sits in the file, so findings
/// inside a Zendesk macro body point at the right line and column of the export. Depth is capped.
enum PositionedJSON {
    indirect enum Value {
        case object([(key: String, value: Value)])
        case array([Value])
        case string(String, SourceMap)
        case other

        subscript(key: String) -> Value? {
            if case .object(let members) = self { return members.first { $0.key == key }?.value }
            return nil
        }

        var string: String? { if case .string(let text, _) = self { text } else { nil } }
        var array: [Value] { if case .array(let items) = self { items } else { [] } }
    }

    static func parse(_ text: String, path: String) throws(PackError) -> Value {
        var parser = Parser(units: Array(text.utf16), path: path)
        let value = try parser.value(depth: 0)
        parser.skipSpace()
        guard parser.index == parser.units.count else { throw parser.error("unexpected text after the JSON value") }
        return value
    }

    private struct Parser {
        let units: [UInt16]
        let path: String
        var index = 0
        var line = 1, column = 1

        init(units: [UInt16], path: String) {
            self.units = units
            self.path = path
        }

        func error(_ message: String) -> PackError {
            PackError(path: path, line: line, column: column, message: "invalid JSON: \(message)")
        }

        mutating func advance() {
            if units[index] == 0x0A { line += 1; column = 1 } else { column += 1 }
            index += 1
        }

        mutating func skipSpace() {
            while index < units.count, [0x20, 0x09, 0x0A, 0x0D].contains(units[index]) { advance() }
        }

        mutating func expect(_ unit: UInt16) throws(PackError) {
            skipSpace()
            guard index < units.count, units[index] == unit else {
                throw error("expected '\(Character(Unicode.Scalar(unit)!))'")
            }
            advance()
        }

        mutating func value(depth: Int) throws(PackError) -> Value {
            guard depth < 256 else { throw error("nested deeper than 256 levels") }
            skipSpace()
            guard index < units.count else { throw error("unexpected end of file") }
            switch units[index] {
            case 0x7B: return try object(depth: depth)
            case 0x5B: return try array(depth: depth)
            case 0x22:
                let (text, map) = try string()
                return .string(text, map)
            default:
                let start = index
                while index < units.count, !",]} \t\r\n".utf16.contains(units[index]) { advance() }
                let literal = String(decoding: units[start..<index], as: UTF16.self)
                guard ["true", "false", "null"].contains(literal) || Double(literal) != nil else {
                    throw error("unexpected '\(literal.prefix(20))'")
                }
                return .other
            }
        }

        mutating func object(depth: Int) throws(PackError) -> Value {
            advance()
            var members: [(String, Value)] = []
            skipSpace()
            if index < units.count, units[index] == 0x7D { advance(); return .object([]) }
            while true {
                skipSpace()
                guard index < units.count, units[index] == 0x22 else { throw error("expected a string key") }
                let key = try string().0
                try expect(0x3A)
                members.append((key, try value(depth: depth + 1)))
                skipSpace()
                guard index < units.count else { throw error("unterminated object") }
                if units[index] == 0x2C { advance(); continue }
                try expect(0x7D)
                return .object(members)
            }
        }

        mutating func array(depth: Int) throws(PackError) -> Value {
            advance()
            var items: [Value] = []
            skipSpace()
            if index < units.count, units[index] == 0x5D { advance(); return .array([]) }
            while true {
                items.append(try value(depth: depth + 1))
                skipSpace()
                guard index < units.count else { throw error("unterminated array") }
                if units[index] == 0x2C { advance(); continue }
                try expect(0x5D)
                return .array(items)
            }
        }

        /// A string, decoded, with the file position of each decoded unit.
        mutating func string() throws(PackError) -> (String, SourceMap) {
            advance()
            var decoded: [UInt16] = [], positions: [(line: Int, column: Int)] = []
            while index < units.count {
                let unit = units[index]
                let here = (line, column)
                if unit == 0x22 {
                    positions.append(here)
                    advance()
                    return (String(decoding: decoded, as: UTF16.self), SourceMap(positions: positions))
                }
                if unit == 0x5C {
                    advance()
                    guard index < units.count else { break }
                    let escape = units[index]
                    advance()
                    switch escape {
                    case 0x6E: decoded.append(0x0A)
                    case 0x74: decoded.append(0x09)
                    case 0x72: decoded.append(0x0D)
                    case 0x62: decoded.append(0x08)
                    case 0x66: decoded.append(0x0C)
                    case 0x75:
                        guard index + 4 <= units.count,
                            let value = UInt16(String(decoding: units[index..<(index + 4)], as: UTF16.self), radix: 16)
                        else { throw error("bad \\u escape") }
                        for _ in 0..<4 { advance() }
                        decoded.append(value)
                    default: decoded.append(escape)
                    }
                    positions.append(here)
                    continue
                }
                decoded.append(unit)
                positions.append(here)
                advance()
            }
            throw error("unterminated string")
        }
    }
}
