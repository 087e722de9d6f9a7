/// A YAML mapping read with positions: every accessor knows where its value sits, and keys nobody read are
/// reported as unknown (a typo in a pack must never silently switch a rule off). A key asked for in kebab-case
/// may be written in camelCase (see ``KeySpelling``).
package final class YAMLMap {
    /// The file name used in error messages.
    package let path: String
    /// The mapping node.
    package let node: YAMLValue
    /// The keys in order, and beside them the pairs (a key is found by comparing strings only).
    private let keys: [String]
    private let pairs: [YAMLValue.Pair]
    /// `used[i]`: `keys[i]` was read (marked by position: hashing each key asked for into a set was most of the
    /// cost of reading a pack's rules).
    private var used: [Bool]
    /// Whether a key may be a camelCase alias; worked out on the first key asked for and not found.
    private lazy var hasCapitalKey = keys.contains { KeySpelling.hasCapital($0) }

    /// Wraps `node`, which must be a mapping with string keys.
    package init(_ node: YAMLValue, path: String) throws(PositionedError) {
        self.path = path
        self.node = node
        guard let pairs = node.mapping else { throw YAMLMap.error(path, node, "expected a mapping") }
        var keys: [String] = []
        keys.reserveCapacity(pairs.count)
        for pair in pairs {
            guard let name = pair.key.string else { throw YAMLMap.error(path, pair.key, "expected a string key") }
            keys.append(name)
        }
        (self.keys, self.pairs) = (keys, pairs)
        used = [Bool](repeating: false, count: keys.count)
    }

    /// Parses a whole file whose top level is a mapping (see ``YAMLNode/parse(_:path:)`` for the errors).
    package convenience init(yaml text: String, path: String) throws(PositionedError) {
        try self.init(try YAMLNode.parse(text, path: path).node, path: path)
    }

    /// The raw node for `key` (or its camelCase alias), marking it read.
    package func node(_ key: String) -> YAMLValue? {
        if let index = keys.firstIndex(of: key) {
            markRead(key, from: index)
            return pairs[index].value
        }
        guard hasCapitalKey, let alias = keys.firstIndex(where: { KeySpelling.matches($0, key) }) else { return nil }
        markRead(keys[alias], from: alias)
        return pairs[alias].value
    }

    /// Marks `key`, first at `index`, read wherever it is written (a repeated key is read with its first).
    private func markRead(_ key: String, from index: Int) {
        used[index] = true
        for later in (index + 1)..<keys.count where keys[later] == key { used[later] = true }
    }

    /// A required string.
    package func string(_ key: String) throws(PositionedError) -> String {
        guard let value = node(key) else { throw YAMLMap.error(path, node, "missing required key '\(key)'") }
        guard let string = value.string else { throw error(value, "'\(key)' must be a string") }
        return string
    }

    /// An optional string.
    package func optionalString(_ key: String) throws(PositionedError) -> String? {
        guard let value = node(key) else { return nil }
        guard let string = value.string else { throw error(value, "'\(key)' must be a string") }
        return string
    }

    /// An optional list of strings (a single string counts as a one-item list).
    package func strings(_ key: String) throws(PositionedError) -> [String] {
        guard let value = node(key) else { return [] }
        if let single = value.string { return [single] }
        guard let sequence = value.sequence else { throw error(value, "'\(key)' must be a list of strings") }
        var result: [String] = []
        result.reserveCapacity(sequence.count)
        for item in sequence {
            guard let text = item.string else { throw error(item, "'\(key)' must list strings") }
            result.append(text)
        }
        return result
    }

    /// An optional value of a closed set, by raw value.
    package func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type) throws(PositionedError)
        -> T?
    where T.RawValue == String {
        guard let raw = try optionalString(key) else { return nil }
        guard let value = T(rawValue: raw) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw error(node(key) ?? node, "'\(raw)' is not a valid \(key) (expected one of: \(allowed))")
        }
        return value
    }

    /// An optional integer.
    package func int(_ key: String) throws(PositionedError) -> Int? {
        guard let value = node(key) else { return nil }
        guard let number = value.int else { throw error(value, "'\(key)' must be a whole number") }
        return number
    }

    /// An optional boolean.
    package func bool(_ key: String) throws(PositionedError) -> Bool? {
        guard let value = node(key) else { return nil }
        guard let flag = value.bool else { throw error(value, "'\(key)' must be true or false") }
        return flag
    }

    /// An optional mapping of names to lists of strings (`names: {en: [Thanksgiving], de: Thanksgiving}`; a single
    /// string counts as a one-item list); empty when absent.
    package func stringLists(_ key: String) throws(PositionedError) -> [String: [String]] {
        guard let inner = try map(key) else { return [:] }
        var result: [String: [String]] = [:]
        result.reserveCapacity(inner.keys.count)
        for (index, name) in inner.keys.enumerated() {
            inner.used[index] = true
            result[name] = try inner.strings(name)
        }
        return result
    }

    /// An optional nested mapping.
    package func map(_ key: String) throws(PositionedError) -> YAMLMap? {
        guard let value = node(key) else { return nil }
        return try YAMLMap(value, path: path)
    }

    /// An optional list of mappings.
    package func maps(_ key: String) throws(PositionedError) -> [YAMLMap] {
        guard let value = node(key) else { return [] }
        guard let sequence = value.sequence else { throw error(value, "'\(key)' must be a list") }
        var result: [YAMLMap] = []
        for item in sequence { result.append(try YAMLMap(item, path: path)) }
        return result
    }

    /// All keys in order, with their nodes (marks every key read).
    package var entries: [(key: String, value: YAMLValue)] {
        used = [Bool](repeating: true, count: keys.count)
        return zip(keys, pairs).map { ($0, $1.value) }
    }

    /// Throws for the first key nobody read.
    package func rejectUnknownKeys() throws(PositionedError) {
        if let unknown = used.firstIndex(of: false) {
            throw error(pairs[unknown].key, "unknown key '\(keys[unknown])'")
        }
    }

    /// An error at `node`'s position.
    package func error(_ node: YAMLValue, _ message: String) -> PositionedError { YAMLMap.error(path, node, message) }

    /// An error at `node`'s position in the file at `path`.
    package static func error(_ path: String, _ node: YAMLValue, _ message: String) -> PositionedError {
        YAMLNode.error(path, node, message)
    }
}
