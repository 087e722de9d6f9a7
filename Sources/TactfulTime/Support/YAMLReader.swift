import Yams

/// A YAML node together with the file it came from, with typed accessors whose errors point into the file as
/// `path:line:col` (the way Vale and SwiftLint report configuration errors).
struct YAMLReader {
    /// The node read.
    let node: Node
    /// The file name used in error messages.
    let path: String

    /// Parses `text`; a syntax error or an empty document is reported at its position.
    static func load(_ text: String, path: String) throws(TimeError) -> YAMLReader {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw position(of: error, path: path)
        } catch {
            throw .invalidData(path: path, line: 1, column: 1, message: "not YAML: \(error)")
        }
        guard let root else { throw .invalidData(path: path, line: 1, column: 1, message: "the document is empty") }
        return YAMLReader(node: root, path: path)
    }

    /// An error located at this node.
    func error(_ message: String) -> TimeError {
        .invalidData(path: path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1, message: message)
    }

    /// The scalar text of this node.
    func string(_ what: String) throws(TimeError) -> String {
        guard let scalar = node.scalar else { throw error("\(what) must be a single value") }
        return scalar.string
    }

    /// The items of a sequence node.
    func items(_ what: String) throws(TimeError) -> [YAMLReader] {
        guard let sequence = node.sequence else { throw error("\(what) must be a list, e.g. [\"09:00-18:00\"]") }
        return sequence.map { YAMLReader(node: $0, path: path) }
    }

    /// The key/value pairs of a mapping node, in file order.
    func pairs(_ what: String) throws(TimeError) -> [(key: YAMLReader, value: YAMLReader)] {
        guard let mapping = node.mapping else { throw error("\(what) must be a mapping of keys to values") }
        return mapping.map { (YAMLReader(node: $0.key, path: path), YAMLReader(node: $0.value, path: path)) }
    }

    /// The pairs of a mapping whose keys must all be among `allowed`; an unknown key is reported where it is.
    func fields(_ what: String, allowed: [String]) throws(TimeError) -> [String: YAMLReader] {
        var fields: [String: YAMLReader] = [:]
        for (key, value) in try pairs(what) {
            let name = try key.string("a key")
            guard allowed.contains(name) else {
                throw key.error("unknown key '\(name)' in \(what) (known: \(allowed.joined(separator: ", ")))")
            }
            guard fields[name] == nil else { throw key.error("duplicate key '\(name)' in \(what)") }
            fields[name] = value
        }
        return fields
    }

    /// A Yams error as a positioned ``TimeError``.
    private static func position(of error: YamlError, path: String) -> TimeError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return .invalidData(path: path, line: mark.line, column: mark.column, message: problem)
        default:
            let firstLine = String(describing: error).split(separator: "\n").first.map(String.init) ?? "invalid YAML"
            return .invalidData(path: path, line: 1, column: 1, message: firstLine)
        }
    }
}
