import Foundation
import TactfulLint

/// Finds a template's placeholders in the configured syntaxes, and what is wrong with them: malformed
/// delimiters (`{{ name }`, `{{name}}}`), unbalanced blocks (`{% if %}` without `{% endif %}`, `{{#x}}` without
/// `{{/x}}`) and variables the config does not know.
struct PlaceholderScanner {
    /// A problem at a UTF-16 span of the template text.
    struct Problem {
        let rule: String
        let span: Range<Int>
        let message: String
    }

    let config: TemplateConfig

    /// The variables used, each with the span of its first use (for cross-locale comparison), and the problems.
    func scan(_ text: String) -> (variables: [String: Range<Int>], problems: [Problem]) {
        let units = Array(text.utf16)
        var variables: [String: Range<Int>] = [:]
        var problems: [Problem] = []
        var blocks: [(name: String, span: Range<Int>)] = []
        let syntaxes = Set(config.syntaxes)
        var index = 0
        var printfCount = 0
        while index < units.count {
            let rest = units.count - index
            if (syntaxes.contains(.mustache) || syntaxes.contains(.liquid)), rest >= 2, units[index] == 0x7B,
                units[index + 1] == 0x7B
            {
                index = mustache(units, index, &variables, &problems, &blocks)
            } else if syntaxes.contains(.liquid), rest >= 2, units[index] == 0x7B, units[index + 1] == 0x25 {
                index = liquidTag(units, index, &problems, &blocks)
            } else if syntaxes.contains(.dollar), rest >= 2, units[index] == 0x24, units[index + 1] == 0x7B,
                let close = units[index...].firstIndex(of: 0x7D), close - index < 80
            {
                record(
                    String(decoding: units[(index + 2)..<close], as: UTF16.self), index..<(close + 1), &variables,
                    &problems)
                index = close + 1
            } else if syntaxes.contains(.brace), units[index] == 0x7B, let close = units[index...].firstIndex(of: 0x7D),
                close - index < 80,
                close > index + 1, units[(index + 1)..<close].allSatisfy(Self.isIdentifierUnit)
            {
                record(
                    String(decoding: units[(index + 1)..<close], as: UTF16.self), index..<(close + 1), &variables,
                    &problems)
                index = close + 1
            } else if syntaxes.contains(.printf), units[index] == 0x25, let end = printf(units, index) {
                printfCount += 1
                let token = String(decoding: units[index..<end], as: UTF16.self)
                let name = token.contains("$") ? token : "\(token)#\(printfCount)"
                if variables[name] == nil { variables[name] = index..<end }
                index = end
            } else if syntaxes.contains(.bracket), units[index] == 0x5B,
                let close = units[index...].firstIndex(of: 0x5D), close - index < 42,
                close > index + 1, units[(index + 1)..<close].allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || $0 == 0x5F })
            {
                let name = String(decoding: units[index...close], as: UTF16.self)
                if variables[name] == nil { variables[name] = index..<(close + 1) }
                index = close + 1
            } else {
                index += 1
            }
        }
        for block in blocks {
            problems.append(
                Problem(
                    rule: "template.placeholder.unbalanced-block", span: block.span,
                    message: "The block '\(block.name)' is opened but never closed."))
        }
        return (variables, problems)
    }

    private func mustache(
        _ units: [UInt16], _ start: Int, _ variables: inout [String: Range<Int>], _ problems: inout [Problem],
        _ blocks: inout [(name: String, span: Range<Int>)]
    ) -> Int {
        let triple = start + 2 < units.count && units[start + 2] == 0x7B
        let open = triple ? 3 : 2
        var index = start + open
        while index < units.count, units[index] != 0x7D, units[index] != 0x7B, units[index] != 0x0A, index - start < 200
        {
            index += 1
        }
        let closeLength = triple ? 3 : 2
        let closes =
            index + closeLength <= units.count && units[index..<(index + closeLength)].allSatisfy { $0 == 0x7D }
        guard closes else {
            let end = index < units.count && units[index] == 0x7D ? index + 1 : index
            problems.append(
                Problem(
                    rule: "template.placeholder.malformed", span: start..<max(end, start + open),
                    message: "The placeholder is not closed with \(triple ? "}}}" : "}}")."))
            return max(end, start + open)
        }
        var end = index + closeLength
        if !triple, end < units.count, units[end] == 0x7D {
            end += 1
            problems.append(
                Problem(
                    rule: "template.placeholder.malformed", span: start..<end,
                    message: "The placeholder closes with one brace too many."))
        }
        let body = String(decoding: units[(start + open)..<index], as: UTF16.self).trimmingCharacters(in: .whitespaces)
        let span = start..<end
        if body.hasPrefix("!") { return end }  // a comment
        if body.hasPrefix("#") || body.hasPrefix("^") {
            let words = body.dropFirst().split(separator: " ").map(String.init)
            let name = words.first ?? ""
            blocks.append((name, span))
            if let variable = ["if", "unless", "each", "with"].contains(name) ? words.dropFirst().first : words.first {
                record(variable, span, &variables, &problems)
            }
        } else if body.hasPrefix("/") {
            let name = String(body.dropFirst()).trimmingCharacters(in: .whitespaces)
            if let open = blocks.lastIndex(where: { $0.name == name }) {
                blocks.remove(at: open)
            } else {
                problems.append(
                    Problem(
                        rule: "template.placeholder.unbalanced-block", span: span,
                        message: "'{{/\(name)}}' closes a block that was never opened."))
            }
        } else if body != "else", !body.hasPrefix(">") {
            record(
                String(body.split(whereSeparator: { $0 == "|" || $0 == " " }).first ?? ""), span, &variables, &problems)
        }
        return end
    }

    private static let liquidBlocks: Set<String> = [
        "if", "unless", "for", "case", "capture", "comment", "raw", "tablerow",
    ]

    private func liquidTag(
        _ units: [UInt16], _ start: Int, _ problems: inout [Problem],
        _ blocks: inout [(name: String, span: Range<Int>)]
    ) -> Int {
        var index = start + 2
        while index + 1 < units.count, !(units[index] == 0x25 && units[index + 1] == 0x7D), index - start < 300 {
            index += 1
        }
        guard index + 1 < units.count, units[index] == 0x25, units[index + 1] == 0x7D else {
            problems.append(
                Problem(
                    rule: "template.placeholder.malformed", span: start..<(start + 2),
                    message: "The Liquid tag is not closed with %}."))
            return start + 2
        }
        let end = index + 2
        let body = String(decoding: units[(start + 2)..<index], as: UTF16.self).trimmingCharacters(in: .whitespaces)
            .trimmingPrefix("-").trimmingCharacters(in: .whitespaces)
        let name = String(body.split(separator: " ").first ?? "").trimmingPrefix("-")
        if Self.liquidBlocks.contains(name) {
            blocks.append((name, start..<end))
        } else if name.hasPrefix("end"), Self.liquidBlocks.contains(String(name.dropFirst(3))) {
            let opened = String(name.dropFirst(3))
            if let open = blocks.lastIndex(where: { $0.name == opened }) {
                blocks.remove(at: open)
            } else {
                problems.append(
                    Problem(
                        rule: "template.placeholder.unbalanced-block", span: start..<end,
                        message: "'{% \(name) %}' closes a block that was never opened."))
            }
        }
        return end
    }

    private func record(
        _ name: String, _ span: Range<Int>, _ variables: inout [String: Range<Int>], _ problems: inout [Problem]
    ) {
        let variable = name.trimmingCharacters(in: .whitespaces)
        guard !variable.isEmpty, !variable.hasPrefix("\""), !variable.hasPrefix("'") else { return }
        if variables[variable] == nil { variables[variable] = span }
        if !config.knows(variable) {
            problems.append(
                Problem(
                    rule: "template.placeholder.unknown-variable", span: span,
                    message: "'\(variable)' is not a variable this library knows (templates.variables in .tactful.yml)."
                ))
        }
    }

    private func printf(_ units: [UInt16], _ start: Int) -> Int? {
        var index = start + 1
        while index < units.count, units[index] >= 0x30 && units[index] <= 0x39 { index += 1 }
        if index > start + 1 { guard index < units.count, units[index] == 0x24 else { return nil }; index += 1 }
        guard index < units.count, [0x73, 0x64, 0x40].contains(units[index]) else { return nil }
        if index + 1 < units.count, Self.isIdentifierUnit(units[index + 1]) { return nil }
        return index + 1
    }

    static func isIdentifierUnit(_ unit: UInt16) -> Bool {
        (unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5A) || (unit >= 0x61 && unit <= 0x7A)
            || unit == 0x5F || unit == 0x2E
    }
}

extension String {
    func trimmingPrefix(_ prefix: String) -> String { hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self }
}
