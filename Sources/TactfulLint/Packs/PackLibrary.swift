import Foundation
import TactfulData
import TactfulICU

/// All packs available to a run: the built-in ones plus any from user folders (a user pack with a built-in
/// pack's name replaces it).
public struct PackLibrary: Sendable {
    /// Packs by name.
    public let packs: [String: Pack]

    /// Loads the built-in packs and the `*.yml` files of `userFolders`.
    public init(userFolders: [String] = []) throws(PackError) {
        let glossaries = GlossaryStore(readFile: { try? String(contentsOfFile: $0, encoding: .utf8) })
        var packs: [String: Pack] = [:]
        for (path, text) in BuiltInData.files(under: "Locales") where path.hasSuffix(".yml") {
            let pack = try PackLoader.load(text, path: path, glossaries: glossaries)
            packs[pack.name] = pack
        }
        for folder in userFolders {
            let files: [String]
            do {
                files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yml") }.sorted()
            } catch {
                throw PackError(path: folder, line: 0, column: 0, message: "cannot read the pack folder")
            }
            for file in files {
                let path = (folder as NSString).appendingPathComponent(file)
                let (name, pack) = try Self.nameAndPack(path, glossaries)
                packs[name] = packs[name].map { $0.extended(by: pack) } ?? pack
            }
        }
        self.packs = packs
    }

    /// The library with `pack` added: merged into a pack of the same name, else on its own.
    func adding(_ pack: Pack) -> PackLibrary {
        var packs = self.packs
        packs[pack.name] = packs[pack.name].map { $0.extended(by: pack) } ?? pack
        return PackLibrary(packs: packs)
    }

    /// A library of already-loaded packs.
    init(packs: [String: Pack]) { self.packs = packs }

    /// Loads one pack file (for `tactful rules test PATH`).
    public static func loadFile(_ path: String) throws(PackError) -> Pack {
        let glossaries = GlossaryStore(readFile: { try? String(contentsOfFile: $0, encoding: .utf8) })
        return try nameAndPack(path, glossaries).1
    }

    /// Parses one pack from text, as `rules test` does from a file (for tools and fuzzing).
    public static func parse(yaml text: String, path: String) throws(PackError) -> Pack {
        try PackLoader.load(text, path: path, glossaries: GlossaryStore())
    }

    /// Names of all packs.
    public var names: Set<String> { Set(packs.keys) }

    private static func nameAndPack(_ path: String, _ glossaries: GlossaryStore) throws(PackError) -> (String, Pack) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PackError(path: path, line: 0, column: 0, message: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw PackError(path: path, line: 0, column: 0, message: "the file is not valid UTF-8")
        }
        let pack = try PackLoader.load(text, path: path, glossaries: glossaries)
        guard pack.name == "root" || (try? ICU.LocaleID(tag: pack.name)) != nil else {
            throw PackError(path: path, line: 1, column: 1,
                            message: "pack name '\(pack.name)' is not a locale tag (root, en, de-AT, zh-Hant…); packs apply along a market's fallback chain")
        }
        return (pack.name, pack)
    }
}
