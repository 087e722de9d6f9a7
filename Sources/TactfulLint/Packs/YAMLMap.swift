import TactfulData
import TactfulYAML

/// The positioned-YAML reader every pack, glossary and config file is read with (shared with TactfulTime).
typealias YAMLMap = TactfulYAML.YAMLMap

extension YAMLMap {
    /// Parses a whole file: a built-in one from its pre-parsed tree, any other with libyaml; YAML syntax errors and
    /// alias bombs become `PackError`s.
    static func parse(_ text: String, path: String) throws(PackError) -> YAMLMap {
        // A built-in file comes pre-parsed (the same tree, read without libyaml).
        if let node = PreparsedYAML.value(at: path, text: text) { return try YAMLMap(node, path: path) }
        return try YAMLMap(yaml: text, path: path)
    }
}

extension YAMLMap {
    /// Parses a pack file as ``parse(_:path:)`` does, but a built-in one's rules come without their `examples:`, each
    /// left encoded to be read on first use (`examples`: one entry a rule of `rules`, nil where a rule has none); nil
    /// `examples` when the file was parsed whole (a user's file, or a tree that did not decode).
    static func parsePack(_ text: String, path: String) throws(PackError) -> (
        map: YAMLMap, examples: [DeferredExamples?]?
    ) {
        if let encoded = BuiltInData.preparsedYAML(at: path), BuiltInData.text(at: path) == text,
            let (tree, offsets) = PreparsedYAML.decodePack(encoded)
        {
            let examples = offsets.map { offset in
                offset.map { DeferredExamples(encoded: encoded, offset: $0, path: path) }
            }
            return (try YAMLMap(tree, path: path), examples)
        }
        return (try parse(text, path: path), nil)
    }
}
