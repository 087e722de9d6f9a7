import ArgumentParser
import TactfulLint

/// `--format` of `lint` and `check`: the registered reporters, each listed by `--help` with what it is for.
extension ReportFormat: CaseArgument {
    public static var allValueDescriptions: [String: String] {
        Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0.summary) })
    }
}
