import TactfulLint

/// `--fix`: applies fixes, re-lints, and writes the file only when nothing new appeared and the placeholders
/// are unchanged; a second run then changes nothing.
enum FixSession {
    static func fix(_ file: TextFile, findings: [Finding], linter: Linter, channel: Channel, uiLanguage: UILanguage,
                    mode: FixApplier.Mode) throws -> (String, [Finding]) {
        let (fixed, applied) = FixApplier.apply(findings, to: file.text, mode: mode)
        guard applied > 0 else { return (file.text, findings) }
        let after = try linter.lint(fixed, channel: channel, uiLanguage: uiLanguage)
        let before = Set(findings.map { "\($0.rule)\u{0}\($0.match)" })
        let introduced = after.filter { !before.contains("\($0.rule)\u{0}\($0.match)") }
        guard introduced.isEmpty else {
            Standard.error("tactful: \(file.path): fixes not written: they would introduce \(introduced.count) new finding(s), e.g. \(introduced[0].rule)")
            return (file.text, findings)
        }
        guard placeholders(in: fixed) == placeholders(in: file.text) else {
            Standard.error("tactful: \(file.path): fixes not written: they would change the placeholders")
            return (file.text, findings)
        }
        try file.write(fixed)
        Standard.error("tactful: \(file.path): applied \(applied) fix\(applied == 1 ? "" : "es")")
        return (fixed, after)
    }

    /// The placeholders of a text, sorted (a fix must never add, drop or alter one).
    static func placeholders(in text: String) -> [String] {
        var found: [String] = []
        var rest = text[...]
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            found.append(String(rest[open.lowerBound..<close.upperBound]))
            rest = rest[close.upperBound...]
        }
        return found.sorted()
    }
}
