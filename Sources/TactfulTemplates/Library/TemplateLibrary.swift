import Foundation
import TactfulLint

/// Every template under the given paths: template files, Zendesk exports (`.json`), CSV and YAML libraries.
public struct TemplateLibrary: Sendable {
    /// The templates, in path order.
    public let templates: [Template]

    /// Reads `paths` (files or directories; hidden files and `.tactful.yml` are skipped).
    public init(paths: [String], config: TemplateConfig) throws {
        var templates: [Template] = []
        for path in paths {
            for (file, relative) in try Self.files(under: path) {
                templates += try Self.read(file, relative: relative, config: config)
            }
        }
        self.templates = templates
    }

    private static func read(_ file: String, relative: String, config: TemplateConfig) throws -> [Template] {
        let text = try TextFile(path: file)
        switch (file as NSString).pathExtension.lowercased() {
        case "json": return try ZendeskReader.read(text)
        case "csv": return try CSVTemplateReader.read(text, config: config)
        case "yml", "yaml": return try YAMLTemplateReader.read(text)
        default: return [FileTemplateReader.read(text, relativePath: relative)]
        }
    }

    private static let libraryExtensions = FileTemplateReader.extensions.union(["json", "csv", "yml", "yaml"])

    /// The library files under `path` with their paths relative to it (a file is relative to its folder).
    private static func files(under path: String) throws -> [(String, String)] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputFileError(path: path, problem: "no such file or directory")
        }
        guard isDirectory.boolValue else { return [(path, (path as NSString).lastPathComponent)] }
        let base = path.hasSuffix("/") ? path : path + "/"
        guard let walker = FileManager.default.enumerator(atPath: path) else {
            throw InputFileError(path: path, problem: "cannot read the directory")
        }
        var found: [(String, String)] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            let stem = (name as NSString).deletingPathExtension.uppercased()
            if ["README", "LICENSE", "CHANGELOG", "CONTRIBUTING"].contains(stem) { continue }
            if name.hasPrefix(".") {
                if walker.fileAttributes?[.type] as? FileAttributeType == .typeDirectory { walker.skipDescendants() };
                continue
            }
            guard walker.fileAttributes?[.type] as? FileAttributeType == .typeRegular,
                libraryExtensions.contains((name as NSString).pathExtension.lowercased())
            else { continue }
            found.append((base + relative, relative))
        }
        return found.sorted { $0.0 < $1.0 }
    }
}
