/// `--format junit`: JUnit XML as CI systems (GitLab, Jenkins, Azure) display it: a test case per file,
/// failing with one `<failure>` per finding.
public struct JUnitReporter: Reporter {
    /// Creates the reporter.
    public init() {}

    public func render(_ report: LintReport, rules: [RuleInfo]) throws -> String {
        let failing = report.files.filter { !$0.findings.isEmpty }.count
        var xml = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        xml += #"<testsuites name="tactful" tests="\#(report.files.count)" failures="\#(failing)">"# + "\n"
        xml += #"  <testsuite name="tactful" tests="\#(report.files.count)" failures="\#(failing)">"# + "\n"
        for file in report.files {
            let name = Self.escape("\(file.path) [\(file.market)]")
            guard !file.findings.isEmpty else {
                xml += #"    <testcase classname="tactful" name="\#(name)"/>"# + "\n"
                continue
            }
            xml += #"    <testcase classname="tactful" name="\#(name)">"# + "\n"
            for finding in file.findings {
                let message = Self.escape("\(finding.line):\(finding.column) \(finding.message) [\(finding.rule)]")
                xml += #"      <failure type="\#(finding.severity.rawValue)" message="\#(message)">"#
                xml += Self.escape("\(file.path):\(finding.line):\(finding.column): \(finding.match)") + "</failure>\n"
            }
            xml += "    </testcase>\n"
        }
        return xml + "  </testsuite>\n</testsuites>"
    }

    /// Escapes XML text and attribute values; drops characters XML 1.0 forbids.
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\n": result += "&#10;"
            default:
                if scalar.value >= 0x20 || scalar == "\t" { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
