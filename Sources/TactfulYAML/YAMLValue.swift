/// One node of a YAML document as read: a scalar, a mapping or a sequence, and where it starts. Immutable and cheap
/// to copy (no object per node: a mapping's pairs and a sequence's items share their storage), it is the one tree
/// every data file is read into, whether parsed with Yams or decoded from the form pre-parsed at build time. Its
/// accessors read it as Yams' `Node` does when composed with the basic resolver (every scalar a string until read
/// as a number or a flag).
package struct YAMLValue: Equatable, Sendable {
    /// What a node holds.
    package enum Content: Equatable, Sendable {
        /// A single value as written.
        case scalar(YAMLScalar)
        /// Key/value pairs in file order.
        case mapping([Pair])
        /// Items in file order.
        case sequence([YAMLValue])
    }

    /// A key of a mapping and its value.
    package struct Pair: Equatable, Sendable {
        /// The key node.
        package let key: YAMLValue
        /// The value node.
        package let value: YAMLValue

        /// A pair of `key` and `value`.
        package init(key: YAMLValue, value: YAMLValue) {
            self.key = key
            self.value = value
        }
    }

    /// What this node holds.
    package let content: Content
    /// The 1-based line the node starts on, 0 when unknown.
    package let line: Int
    /// The 1-based column the node starts at, 0 when unknown.
    package let column: Int

    /// A node holding `content` that starts at `line`:`column`.
    package init(_ content: Content, line: Int, column: Int) {
        self.content = content
        self.line = line
        self.column = column
    }

    /// The scalar, when this node is one.
    package var scalar: YAMLScalar? {
        guard case .scalar(let scalar) = content else { return nil }
        return scalar
    }

    /// The pairs, when this node is a mapping.
    package var mapping: [Pair]? {
        guard case .mapping(let pairs) = content else { return nil }
        return pairs
    }

    /// The items, when this node is a sequence.
    package var sequence: [YAMLValue]? {
        guard case .sequence(let items) = content else { return nil }
        return items
    }

    /// A scalar's text; nil for a mapping or a sequence.
    package var string: String? { scalar?.text }

    /// A scalar read as a whole number (see ``YAMLScalar/int``).
    package var int: Int? { scalar?.int }

    /// A scalar read as a flag (see ``YAMLScalar/bool``).
    package var bool: Bool? { scalar?.bool }

    /// The value of a mapping's key written `key`; nil for other nodes and absent keys.
    package subscript(key: String) -> YAMLValue? {
        mapping?.first { $0.key.string == key }?.value
    }

    /// A mapping's values by their keys' texts; empty for a scalar or a sequence.
    package var byKey: [String: YAMLValue] {
        var values: [String: YAMLValue] = [:]
        for pair in mapping ?? [] {
            if let key = pair.key.string { values[key] = pair.value }
        }
        return values
    }

    /// The texts of a sequence's scalars, in order; empty for a scalar or a mapping.
    package var texts: [String] { sequence?.compactMap(\.string) ?? [] }
}
