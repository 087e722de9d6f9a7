import Yams

extension YamlError {
    /// A Yams error as a positioned error in `path` (the scanner's, parser's or composer's mark).
    func positioned(in path: String) -> PositionedError {
        switch self {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return PositionedError(
                path: path, line: mark.line, column: mark.column, message: "invalid YAML: \(problem)")
        default:
            let firstLine = String(describing: self).split(separator: "\n").first.map(String.init) ?? "unreadable"
            return PositionedError(path: path, line: 0, column: 0, message: "invalid YAML: \(firstLine)")
        }
    }
}
