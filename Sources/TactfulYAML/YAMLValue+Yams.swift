import Yams

extension YAMLValue {
    /// The document in `text`, composed with Yams' basic resolver (as `Yams.compose(yaml:, .basic)`) and converted
    /// once into the light tree; nil when the text holds no document. Throws Yams' errors.
    package static func compose(_ text: String) throws -> YAMLValue? {
        let parser = try Parser(yaml: text, resolver: .basic)
        guard let root = try parser.singleRoot() else { return nil }
        // The parser keeps the anchors alive while the tree is converted (nodes hold them weakly).
        return withExtendedLifetime(parser) {
            var converter = NodeConverter()
            return converter.convert(root)
        }
    }
}

/// Converts composed Yams nodes, each anchored node once. Yams composes an alias as the anchored node itself, shared;
/// the light tree shares it the same way, so a file whose aliases repeat nodes over and over (an alias bomb) converts
/// in time and memory proportional to its text.
private struct NodeConverter {
    private var anchored: [ObjectIdentifier: YAMLValue] = [:]

    mutating func convert(_ node: Node) -> YAMLValue {
        let anchor = node.anchor.map(ObjectIdentifier.init)
        if let anchor, let known = anchored[anchor] { return known }
        let content: YAMLValue.Content
        switch node {
        case .scalar(let scalar):
            // The stored tag's name, not `node.tag` (which would resolve it).
            content = .scalar(
                YAMLScalar(scalar.string, style: Self.style(scalar.style), tag: .init(name: scalar.tag.description)))
        case .mapping(let mapping):
            content = .mapping(mapping.map { YAMLValue.Pair(key: convert($0.key), value: convert($0.value)) })
        case .sequence(let sequence):
            content = .sequence(sequence.map { convert($0) })
        case .alias:
            // Composing never leaves an alias (it is replaced by the node it names).
            content = .scalar(YAMLScalar("", style: .plain, tag: .null))
        }
        let value = YAMLValue(content, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
        if let anchor { anchored[anchor] = value }
        return value
    }

    /// Yams' style (`.any` is never composed; it reads as plain).
    private static func style(_ style: Node.Scalar.Style) -> YAMLScalar.Style {
        YAMLScalar.Style(rawValue: UInt8(style.rawValue)) ?? .plain
    }
}
