import ArgumentParser
import Foundation
import TactfulLint

/// The drafts named on the command line: files, the text files of directories, or standard input.
struct DraftInputs {
    /// What the paths hold (`--input`): drafts, or JSON lines of drafts.
    enum Kind: String, CaseArgument {
        case files, jsonl
    }

    /// One draft to read.
    struct Input: Sendable {
        let path: String

        func read() throws -> TextFile {
            if path == "-" {
                return try TextFile(path: "-", data: FileHandle.standardInput.readDataToEndOfFile())
            }
            return try TextFile(path: path)
        }
    }

    /// File extensions linted when a directory is walked.
    static let textExtensions: Set<String> = [
        "txt", "text", "md", "markdown", "html", "htm", "eml", "liquid", "hbs", "mustache",
    ]

    /// Extensions of files that are never drafts: `.tactful.yml` and the other config and template-library formats
    /// (JSON, YAML, CSV), which pre-commit hooks and shell globs hand over with the drafts.
    static let notDraftExtensions: Set<String> = ["json", "yml", "yaml", "csv"]

    /// True for a file named on the command line that is a config or data file rather than a draft.
    static func isNotADraft(_ path: String) -> Bool {
        notDraftExtensions.contains((path as NSString).pathExtension.lowercased())
    }

    /// Expands directories (sorted, hidden files skipped, symlinked folders not followed) into their text files.
    /// Files that are not drafts (``isNotADraft(_:)``) are left out with a note on standard error, as if not given.
    static func expand(_ paths: [String]) throws -> [Input] {
        var inputs: [Input] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard path == "-" || FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw InputError("\(path): no such file or directory")
            }
            guard isDirectory.boolValue else {
                if path != "-", isNotADraft(path) {
                    Standard.error("tactful: \(path): skipped: not a draft")
                } else {
                    inputs.append(Input(path: path))
                }
                continue
            }
            let base = path.hasSuffix("/") ? path : path + "/"
            inputs += try textFiles(under: path).map { Input(path: base + $0) }
        }
        return inputs
    }

    /// The text files under `directory` (paths relative to it, sorted), hidden entries skipped, symbolically
    /// linked folders not followed, linked files left out. Listed with `readdir` and `lstat`: a folder of thousands
    /// of drafts is listed before any is linted, and `FileManager`'s URL enumerator cost 60,000 instructions a file.
    private static func textFiles(under directory: String) throws -> [String] {
        var files: [String] = []
        var folders = [""]  // relative paths, each ending in "/" but the first
        while let folder = folders.popLast() {
            guard let handle = opendir(directory + "/" + folder) else {
                if folder.isEmpty { throw InputError("\(directory): cannot read the directory") }
                continue
            }
            defer { closedir(handle) }
            while let entry = readdir(handle) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) {
                    String(cString: $0.bindMemory(to: CChar.self).baseAddress!)
                }
                guard !name.hasPrefix(".") else { continue }
                let path = folder + name
                var status = stat()
                guard lstat(directory + "/" + path, &status) == 0 else { continue }
                switch status.st_mode & S_IFMT {
                case S_IFDIR: folders.append(path + "/")
                case S_IFREG where textExtensions.contains(lowercasedExtension(of: name)):
                    files.append(path)
                default: break
                }
            }
        }
        return files.sorted()
    }

    /// What follows the last dot of a file name, lower-cased ("" without one): `NSString.pathExtension` cost
    /// 13,000 instructions a name.
    private static func lowercasedExtension(of name: String) -> String {
        name.lastIndex(of: ".").map { name[name.index(after: $0)...].lowercased() } ?? ""
    }
}
