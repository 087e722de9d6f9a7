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
