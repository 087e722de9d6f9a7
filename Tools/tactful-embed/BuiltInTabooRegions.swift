import Yams

/// The built-in taboos cut by region when the binary is built: for each region, the tree of
/// `Glossaries/culture/taboos.yml` with only the taboos that name it (every other key, the gift cues among them, and
/// every position kept), pre-parsed (PreparsedYAML.swift). A run reads its market's region's tree by the code that
/// reads the whole file, instead of the tree of every taboo of every region.
enum BuiltInTabooRegions {
    static let path = "Glossaries/culture/taboos.yml"

    /// The encoded trees keyed by region (`BR`), and under the empty key the tree with no taboos (for a region no
    /// taboo names); empty when the file is missing, does not compose, or a taboo's regions are not a list of plain
    /// strings (a run then reads the whole file and keeps its region's taboos).
    static func trees(texts: [String: String]) -> [String: String] {
        guard let text = texts[path], let root = try? Yams.compose(yaml: text, .basic), case .mapping(let file) = root,
            case .sequence(let taboos)? = root["taboos"]
        else { return [:] }
        var regionsOfTaboo: [[String]] = []
        for taboo in taboos {
            guard case .sequence(let list)? = taboo["regions"] else { return [:] }
            let regions = list.compactMap { $0.scalar.map(\.string) }
            guard regions.count == list.count else { return [:] }
            regionsOfTaboo.append(regions)
        }
        var trees: [String: String] = [:]
        for region in Set(regionsOfTaboo.joined()).union([""]) {
            let kept = zip(taboos, regionsOfTaboo).filter { $0.1.contains(region) }.map(\.0)
            let cut = Node.Sequence(kept, taboos.tag, taboos.style, taboos.mark)
            let pairs = file.map { key, value in (key, key.string == "taboos" ? Node.sequence(cut) : value) }
            guard let tree = PreparsedYAML.encode(node: .mapping(Node.Mapping(pairs, file.tag, file.style, file.mark)))
            else { return [:] }
            trees[region] = tree
        }
        return trees
    }
}
