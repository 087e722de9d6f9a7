/// `--format junit`: JUnit XML as CI systems (GitLab, Jenkins, Azure) display it, valid against the Jenkins xUnit
/// plugin's `junit-10.xsd`: a test case per file (so its name stays the same from run to run), failing with one
/// `<failure>` per finding. `failures` counts the `<failure>` elements, as JUnit readers such as junitparser
/// count them; `errors` (which the schema requires) is always 0, as a finding is never an error of the run.
public struct JUnitReporter: Reporter {
    public static let identifier = "junit"
    public static let summary = "JUnit XML for GitLab, Jenkins and Azure: a test case per file, a failure per finding"

    /// Creates the reporter.
    public init() {}

    /// Creates the reporter (JUnit needs no settings).
    public init(settings: ReporterSettings) {}

    /// The file's test case: passing, or failing with a `<failure>` per finding.
    public func part(of file: LintReport.FileResult) -> String {
        let name = Self.escape("\(file.path) [\(file.market)]")
        guard !file.findings.isEmpty else { return #"    <testcase classname="tactful" name="\#(name)"/>"# + "\n" }
        var xml = #"    <testcase classname="tactful" name="\#(name)">"# + "\n"
        for finding in file.findings {
            let message = Self.escape("\(finding.line):\(finding.column) \(finding.message) [\(finding.rule)]")
            xml += #"      <failure type="\#(finding.severity.rawValue)" message="\#(message)">"#
            xml += Self.escape("\(file.path):\(finding.line):\(finding.column): \(finding.match)") + "</failure>\n"
        }
        return xml + "    </testcase>\n"
    }

    /// Prints the suites with their counts and every test case.
    public func finish(
        _ spool: inout ReportSpool, summary: LintReport.Summary, rules: [RuleInfo], write: (String) -> Void
    ) throws {
        let counts = #"tests="\#(summary.files)" failures="\#(summary.findings)" errors="0""#
        write(#"<?xml version="1.0" encoding="UTF-8"?>"# + "\n")
        write(#"<testsuites name="tactful" \#(counts)>"# + "\n")
        write(#"  <testsuite name="tactful" \#(counts)>"# + "\n")
        try spool.forEach(write)
        write("  </testsuite>\n</testsuites>")
    }

    /// Escapes XML text and attribute values (line breaks and tabs as character references, so that attribute
    /// values keep them); drops the characters XML 1.0 forbids.
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
            case "\r": result += "&#13;"
            case "\t": result += "&#9;"
            default:
                if scalar.value >= 0x20, scalar.value != 0xFFFE, scalar.value != 0xFFFF {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
