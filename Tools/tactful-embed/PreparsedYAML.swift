import Yams

/// The node tree of a YAML file as composed with Yams' basic resolver (every scalar a string), written in a
/// compact text form that `TactfulLint`'s `PreparsedYAML` decodes without a YAML parser, straight into the light tree
/// (`TactfulYAML.YAMLValue`) that converting the composed nodes gives:
///
///     file  := "Y1" node
///     node  := kind style tag line "," column "," count ":" body
///            | "z" length ":" node   (a mapping's `examples` value, with its length in bytes: a reader of a pack's
///                                     rules steps over it without reading it)
///     kind  := "s" (scalar: body is `count` UTF-8 bytes) | "m" (mapping: `count` key/value node pairs)
///            | "q" (sequence: `count` nodes)
///     tag   := "i" (implicit) | "n" (non-specific, `!`) | "s" (str) | "m" (map) | "q" (seq)
///            | "x" length ":" name
///
/// `style` is one digit (the Yams style's raw value). The tag is the node's tag as composing left it, before
/// resolution (Yams reads a plain scalar as a flag or a number only while its tag is unresolved; composing resolves
/// mapping keys); the reader keeps what it tells a reader of scalars (`YAMLScalar.Tag`) and skips mappings' and
/// sequences'. Aliases are written expanded, as Yams composes them.
enum PreparsedYAML {
    /// The encoded tree of `text`, or nil when it does not compose (its errors are reported when it is read) or
    /// holds a carriage return (a multi-line string literal would not keep it).
    static func encode(_ text: String) -> String? {
        guard let node = try? Yams.compose(yaml: text, .basic) else { return nil }
        return encode(node: node)
    }

    /// The encoded tree of a composed `node`; nil when a scalar holds a carriage return.
    static func encode(node: Node) -> String? {
        var output = "Y1"
        guard write(node, into: &output) else { return nil }
        return output
    }

    private static func write(_ node: Node, into output: inout String) -> Bool {
        let line = node.mark?.line ?? 0
        let column = node.mark?.column ?? 0
        func header(_ kind: String, _ style: UInt32, _ tag: Tag, _ count: Int) {
            let name = tag.description  // the stored tag's name, not `node.tag` (which would resolve it)
            let codes: [String: String] = [
                Tag.Name.implicit.rawValue: "i", Tag.Name.nonSpecific.rawValue: "n", Tag.Name.str.rawValue: "s",
                Tag.Name.map.rawValue: "m", Tag.Name.seq.rawValue: "q",
            ]
            let code = codes[name] ?? "x\(name.utf8.count):\(name)"
            output += "\(kind)\(style)\(code)\(line),\(column),\(count):"
        }
        switch node {
        case .scalar(let scalar):
            guard !scalar.string.utf8.contains(0x0D), scalar.style.rawValue < 10 else { return false }
            header("s", scalar.style.rawValue, scalar.tag, scalar.string.utf8.count)
            output += scalar.string
        case .mapping(let mapping):
            header("m", mapping.style.rawValue, mapping.tag, mapping.count)
            for (key, value) in mapping {
                guard write(key, into: &output) else { return false }
                guard key.scalar?.string == "examples" else {
                    guard write(value, into: &output) else { return false }
                    continue
                }
                var sized = ""
                guard write(value, into: &sized) else { return false }
                output += "z\(sized.utf8.count):" + sized
            }
        case .sequence(let sequence):
            header("q", sequence.style.rawValue, sequence.tag, sequence.count)
            for item in sequence where !write(item, into: &output) { return false }
        case .alias:
            return false
        }
        return true
    }
}
