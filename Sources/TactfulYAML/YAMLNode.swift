import Yams

/// One node of a YAML file, with the file's path: typed accessors whose errors point into the file as
/// `path:line:col` (the way Vale and SwiftLint report configuration errors). ``YAMLMap`` is the keyed view of a
/// mapping node, for files whose keys are read one by one.
package struct YAMLNode {
    /// The node read.
    package let node: YAMLValue
    /// The file name used in error messages.
    package let path: String

    /// The largest file read (a guard against hostile input).
    package static let maximumBytes = 8 << 20

    /// Wraps a node of the file at `path`.
    package init(_ node: YAMLValue, path: String) {
        self.node = node
        self.path = path
    }

    /// Parses `text`; a file too large, a syntax error (and an alias bomb) or an empty file is reported at its
    /// position.
    package static func parse(_ text: String, path: String) throws(PositionedError) -> YAMLNode {
        guard let root = try document(text, path: path) else {
            throw PositionedError(path: path, line: 1, column: 1, message: "the file is empty")
        }
        return root
    }

    /// Parses `text`, nil when it holds no document (empty, or only comments); errors as for
    /// ``parse(_:path:)``.
    package static func document(_ text: String, path: String) throws(PositionedError) -> YAMLNode? {
        guard text.utf8.count <= maximumBytes else {
            throw PositionedError(path: path, line: 0, column: 0, message: "file is larger than 8 MiB")
        }
        do {
            // The basic resolver: every scalar stays a string until an accessor reads it as a number or a flag
            // (implicit tag resolution runs a regex per scalar and was a third of a cold start).
            return try YAMLValue.compose(text).map { YAMLNode($0, path: path) }
        } catch let error as YamlError {
            throw error.positioned(in: path)
        } catch {
            throw PositionedError(path: path, line: 0, column: 0, message: "invalid YAML: \(error)")
        }
    }

    /// An error located at this node.
    package func error(_ message: String) -> PositionedError { Self.error(path, node, message) }

    /// An error located at `node` of the file at `path`.
    package static func error(_ path: String, _ node: YAMLValue, _ message: String) -> PositionedError {
        PositionedError(path: path, line: node.line, column: node.column, message: message)
    }

    /// The scalar text of this node; `what` names it in the error.
    package func string(_ what: String) throws(PositionedError) -> String {
        guard let text = node.string else { throw error("\(what) must be a single value") }
        return text
    }

    /// True when this node is a list (a sequence).
    package var isList: Bool { node.sequence != nil }

    /// The items of a sequence node.
    package func items(_ what: String) throws(PositionedError) -> [YAMLNode] {
        guard let sequence = node.sequence else { throw error("\(what) must be a list, e.g. [\"09:00-18:00\"]") }
        return sequence.map { YAMLNode($0, path: path) }
    }

    /// The key/value pairs of a mapping node, in file order.
    package func pairs(_ what: String) throws(PositionedError) -> [(key: YAMLNode, value: YAMLNode)] {
        guard let mapping = node.mapping else { throw error("\(what) must be a mapping of keys to values") }
        return mapping.map { (YAMLNode($0.key, path: path), YAMLNode($0.value, path: path)) }
    }

    /// The pairs of a mapping whose keys must all be among `allowed`, by their name in `allowed`; a key may be
    /// written in kebab-case or camelCase (see ``KeySpelling``). An unknown or repeated key is reported where it
    /// is.
    package func fields(_ what: String, allowed: [String]) throws(PositionedError) -> [String: YAMLNode] {
        var fields: [String: YAMLNode] = [:]
        for (key, value) in try pairs(what) {
            let written = try key.string("a key")
            guard let name = allowed.first(where: { KeySpelling.matches(written, $0) }) else {
                throw key.error("unknown key '\(written)' in \(what) (known: \(allowed.joined(separator: ", ")))")
            }
            guard fields[name] == nil else { throw key.error("duplicate key '\(written)' in \(what)") }
            fields[name] = value
        }
        return fields
    }

    /// This node as a keyed mapping.
    package func map() throws(PositionedError) -> YAMLMap { try YAMLMap(node, path: path) }
}
