import TactfulData
import TactfulGlossaryPairs

/// The pairs substitution rules read from glossaries (built-in `Glossaries/…` tables, or CSV beside a user's pack),
/// read once per load: a built-in rule's from the pairs read when the binary was built, any other from its table.
final class GlossaryStore {
    private var cache: [String: GlossaryPairs] = [:]
    private let readFile: (String) -> String?

    /// A store that reads user files with `readFile` and built-in ones from the embedded data.
    init(readFile: @escaping (String) -> String? = { _ in nil }) {
        self.readFile = readFile
    }

    /// The pairs of the glossary at `path` (built-in `Glossaries/…` first, then the user's file system) with column
    /// `from` wrong and `to` right (``GlossaryPair/pairs(in:from:to:)``); whether their folded forms are distinct is
    /// known for the built-in ones only.
    func pairs(_ path: String, from: String, to: String, near map: YAMLMap) throws(PackError) -> GlossaryPairs {
        let key = path + "\n" + from + "\n" + to
        if let cached = cache[key] { return cached }
        let pairs: GlossaryPairs
        if let built = BuiltInData.glossaryPairs(path, from: from, to: to).flatMap(GlossaryPairs.decode) {
            pairs = built
        } else {
            guard let text = BuiltInData.text(at: path) ?? readFile(path) else {
                throw map.error(map.node, "glossary '\(path)' not found")
            }
            let table = try GlossaryTable.parse(text, path: path, columns: [from, to])
            guard let read = GlossaryPair.pairs(in: table, from: from, to: to) else {
                throw map.error(map.node, "glossary \(path) has no column '\(from)' or '\(to)'")
            }
            pairs = GlossaryPairs(read, distinct: false)
        }
        cache[key] = pairs
        return pairs
    }
}
