import Yams

/// A YAML mapping read with positions: every accessor knows where its value sits, and keys nobody read are
/// reported as unknown (a typo in a pack must never silently switch a rule off).
final class YAMLMap {
    let path: String
    let node: Node
    private let pairs: [(key: String, value: Node, keyNode: Node)]
    private var used: Set<String> = []

    /// Wraps `node`, which must be a mapping with string keys.
    init(_ node: Node, path: String) throws(PackError) {
        self.path = path
        self.node = node
        guard let mapping = node.mapping else { throw YAMLMap.error(path, node, "expected a mapping") }
        var pairs: [(String, Node, Node)] = []
        for (key, value) in mapping {
            guard let name = key.string else { throw YAMLMap.error(path, key, "expected a string key") }
            pairs.append((name, value, key))
        }
        self.pairs = pairs
    }

    /// Parses a whole file (a built-in one from its pre-parsed tree); YAML syntax errors and alias bombs become
    /// `PackError`s.
    static func parse(_ text: String, path: String) throws(PackError) -> YAMLMap {
        guard text.utf8.count <= 8 << 20 else { throw PackError(path: path, line: 0, column: 0, message: "file is larger than 8 MiB") }
        // A built-in file comes pre-parsed (the same tree, read without libyaml).
        if let node = PreparsedYAML.node(at: path, text: text) { return try YAMLMap(node, path: path) }
        let node: Node?
        do {
            // The basic resolver: every scalar stays a string until an accessor reads it as a number or a flag
            // (implicit tag resolution runs a regex per scalar and was a third of a cold start).
            node = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw PackError(path: path, line: error.line, column: error.column, message: "invalid YAML: \(error.summary)")
        } catch {
            throw PackError(path: path, line: 0, column: 0, message: "invalid YAML: \(error)")
        }
        guard let node else { throw PackError(path: path, line: 0, column: 0, message: "the file is empty") }
        return try YAMLMap(node, path: path)
    }

    /// The raw node for `key`, marking it read.
    func node(_ key: String) -> Node? {
        used.insert(key)
        return pairs.first { $0.key == key }?.value
    }

    /// A required string.
    func string(_ key: String) throws(PackError) -> String {
        guard let value = node(key) else { throw YAMLMap.error(path, node, "missing required key '\(key)'") }
        guard let string = value.string, value.scalar != nil else { throw error(value, "'\(key)' must be a string") }
        return string
    }

    /// An optional string.
    func optionalString(_ key: String) throws(PackError) -> String? {
        guard let value = node(key) else { return nil }
        guard let string = value.string, value.scalar != nil else { throw error(value, "'\(key)' must be a string") }
        return string
    }

    /// An optional list of strings (a single string counts as a one-item list).
    func strings(_ key: String) throws(PackError) -> [String] {
        guard let value = node(key) else { return [] }
        if value.scalar != nil, let single = value.string { return [single] }
        guard let sequence = value.sequence else { throw error(value, "'\(key)' must be a list of strings") }
        var result: [String] = []
        for item in sequence {
            guard item.scalar != nil, let string = item.string else { throw error(item, "'\(key)' must list strings") }
            result.append(string)
        }
        return result
    }

    /// An optional value of a closed set, by raw value.
    func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type) throws(PackError) -> T?
    where T.RawValue == String {
        guard let raw = try optionalString(key) else { return nil }
        guard let value = T(rawValue: raw) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw error(node(key) ?? node, "'\(raw)' is not a valid \(key) (expected one of: \(allowed))")
        }
        return value
    }

    /// An optional integer.
    func int(_ key: String) throws(PackError) -> Int? {
        guard let value = node(key) else { return nil }
        guard let number = value.int else { throw error(value, "'\(key)' must be a whole number") }
        return number
    }

    /// An optional boolean.
    func bool(_ key: String) throws(PackError) -> Bool? {
        guard let value = node(key) else { return nil }
        guard let flag = value.bool else { throw error(value, "'\(key)' must be true or false") }
        return flag
    }

    /// An optional mapping of names to lists of strings (`names: {en: [Thanksgiving], de: Thanksgiving}`; a single
    /// string counts as a one-item list); empty when absent.
    func stringLists(_ key: String) throws(PackError) -> [String: [String]] {
        guard let inner = try map(key) else { return [:] }
        var result: [String: [String]] = [:]
        for (name, _) in inner.entries { result[name] = try inner.strings(name) }
        return result
    }

    /// An optional nested mapping.
    func map(_ key: String) throws(PackError) -> YAMLMap? {
        guard let value = node(key) else { return nil }
        return try YAMLMap(value, path: path)
    }

    /// An optional list of mappings.
    func maps(_ key: String) throws(PackError) -> [YAMLMap] {
        guard let value = node(key) else { return [] }
        guard let sequence = value.sequence else { throw error(value, "'\(key)' must be a list") }
        var result: [YAMLMap] = []
        for item in sequence { result.append(try YAMLMap(item, path: path)) }
        return result
    }

    /// All keys in order, with their nodes (marks every key read).
    var entries: [(key: String, value: Node)] {
        pairs.forEach { used.insert($0.key) }
        return pairs.map { ($0.key, $0.value) }
    }

    /// Throws for the first key nobody read.
    func rejectUnknownKeys() throws(PackError) {
        if let unknown = pairs.first(where: { !used.contains($0.key) }) {
            throw error(unknown.keyNode, "unknown key '\(unknown.key)'")
        }
    }

    /// An error at `node`'s position.
    func error(_ node: Node, _ message: String) -> PackError { YAMLMap.error(path, node, message) }

    static func error(_ path: String, _ node: Node, _ message: String) -> PackError {
        PackError(path: path, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0, message: message)
    }
}

extension YamlError {
    var line: Int {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: 0
        }
    }

    var column: Int {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.column
        default: 0
        }
    }

    var summary: String {
        switch self {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): problem
        default: String(describing: self).split(separator: "\n").first.map(String.init) ?? "unreadable"
        }
    }
}
