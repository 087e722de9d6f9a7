import Foundation
import TactfulData
import TactfulICU

/// All packs available to a run: the built-in ones plus any from user folders (a user pack with a built-in
/// pack's name extends it).
///
/// Built-in packs are parsed on first use, so a run that lints for one market parses only its chain
/// (`de-AT → de → root`), not all 45 packs. User packs are parsed when the library is made, so their errors
/// surface at once.
public struct PackLibrary: Sendable {
    /// Names of all packs, built-in and user.
    public let names: Set<String>
    private let parsed: ParsedPacks

    /// Finds the built-in packs and loads the `*.yml` files of `userFolders`.
    public init(userFolders: [String] = []) throws(PackError) {
        var builtIn: [String: (path: String, text: String)] = [:]
        for (path, text) in BuiltInData.files(under: "Locales") where path.hasSuffix(".yml") {
            builtIn[Self.packName(path)] = (path, text)
        }
        let glossaries = GlossaryStore(readFile: { try? String(contentsOfFile: $0, encoding: .utf8) })
        var user: [String: Pack] = [:]
        for folder in userFolders {
            let files: [String]
            do {
                files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yml") }
                    .sorted()
            } catch {
                throw PackError(path: folder, line: 0, column: 0, message: "cannot read the pack folder")
            }
            for file in files {
                let path = (folder as NSString).appendingPathComponent(file)
                let (name, pack) = try Self.nameAndPack(path, glossaries)
                user[name] = user[name].map { $0.extended(by: pack) } ?? pack
            }
        }
        names = Set(builtIn.keys).union(user.keys)
        parsed = ParsedPacks(builtIn: builtIn, user: user, glossaries: glossaries)
    }

    private init(names: Set<String>, parsed: ParsedPacks) {
        self.names = names
        self.parsed = parsed
    }

    /// The pack called `name` (a built-in one extended by a user pack of the same name), parsed on first use;
    /// nil when there is none.
    public func pack(_ name: String) throws(PackError) -> Pack? {
        try parsed.pack(name)
    }

    /// True when a pack of the library defines a rule with this id (a built-in pack's text is searched, not parsed:
    /// a config's rule levels are checked without loading every pack).
    public func defines(ruleID id: String) -> Bool {
        parsed.defines(ruleID: id)
    }

    /// Every pack by name, all parsed (for listings such as `tactful rules`).
    public func allPacks() throws(PackError) -> [String: Pack] {
        var packs: [String: Pack] = [:]
        for name in names { packs[name] = try pack(name) }
        return packs
    }

    /// The library with `pack` added: merged into a pack of the same name, else on its own.
    func adding(_ pack: Pack) -> PackLibrary {
        PackLibrary(names: names.union([pack.name]), parsed: parsed.adding(pack))
    }

    /// The name of the pack at `path`: its file name without `.yml` (`Locales/de-AT.yml` names pack de-AT). Cut by
    /// UTF-8 bytes: splitting the path by characters cost 0.25M instructions for the built-in packs.
    static func packName(_ path: String) -> String {
        let bytes = path.utf8
        let start = bytes.lastIndex(of: UInt8(ascii: "/")).map(bytes.index(after:)) ?? bytes.startIndex
        let end = bytes.index(bytes.endIndex, offsetBy: -4, limitedBy: start) ?? start
        return String(path[start..<end])
    }

    /// Loads one pack file (for `tactful rules test PATH`).
    public static func loadFile(_ path: String) throws(PackError) -> Pack {
        let glossaries = GlossaryStore(readFile: { try? String(contentsOfFile: $0, encoding: .utf8) })
        return try nameAndPack(path, glossaries).1
    }

    /// Parses one pack from text, as `rules test` does from a file (for tools and fuzzing).
    public static func parse(yaml text: String, path: String) throws(PackError) -> Pack {
        try PackLoader.load(text, path: path, glossaries: GlossaryStore())
    }

    private static func nameAndPack(_ path: String, _ glossaries: GlossaryStore) throws(PackError) -> (String, Pack) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PackError(path: path, line: 0, column: 0, message: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw PackError(path: path, line: 0, column: 0, message: "the file is not valid UTF-8")
        }
        let pack = try PackLoader.load(text, path: path, glossaries: glossaries)
        guard pack.name == "root" || (try? ICU.LocaleID(tag: pack.name)) != nil else {
            throw PackError(
                path: path, line: 1, column: 1,
                message:
                    "pack name '\(pack.name)' is not a locale tag (root, en, de-AT, zh-Hant…); packs apply along a market's fallback chain"
            )
        }
        return (pack.name, pack)
    }
}

/// The packs of a library, parsed on demand under a lock (a library may be shared by the HTTP service's tasks).
private final class ParsedPacks: @unchecked Sendable {  // mutable state is guarded by `lock`
    private let lock = NSLock()
    private let builtIn: [String: (path: String, text: String)]
    private let user: [String: Pack]
    private let glossaries: GlossaryStore
    private var cache: [String: Pack] = [:]

    init(builtIn: [String: (path: String, text: String)], user: [String: Pack], glossaries: GlossaryStore) {
        (self.builtIn, self.user, self.glossaries) = (builtIn, user, glossaries)
    }

    func defines(ruleID id: String) -> Bool {
        if user.values.contains(where: { $0.rules.contains { $0.info.id == id } }) { return true }
        let key = "- id: \(id)"
        return builtIn.values.contains { source in
            var rest = source.text[...]
            while let found = rest.range(of: key) {
                // The id ends the key's line (or is followed by a space or a comment), not a longer id.
                if rest[found.upperBound...].first.map({ $0.isWhitespace || $0 == "#" }) ?? true { return true }
                rest = rest[found.upperBound...]
            }
            return false
        }
    }

    func pack(_ name: String) throws(PackError) -> Pack? {
        lock.lock()
        defer { lock.unlock() }
        if let known = cache[name] { return known }
        var pack = try builtIn[name].map { source throws(PackError) in
            let pack = try PackLoader.load(
                source.text, path: source.path, glossaries: glossaries, deferringExamples: true)
            guard pack.name == name else {
                throw PackError(
                    path: source.path, line: 1, column: 1,
                    message: "the pack is named '\(pack.name)', not '\(name)' as its file")
            }
            return pack
        }
        if let extra = user[name] { pack = pack.map { $0.extended(by: extra) } ?? extra }
        cache[name] = pack
        return pack
    }

    /// A copy whose user packs include `pack` (merged into one of the same name).
    func adding(_ pack: Pack) -> ParsedPacks {
        var user = self.user
        user[pack.name] = user[pack.name].map { $0.extended(by: pack) } ?? pack
        return ParsedPacks(
            builtIn: builtIn, user: user,
            glossaries: GlossaryStore(readFile: { try? String(contentsOfFile: $0, encoding: .utf8) }))
    }
}
