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
            guard
                let walker = FileManager.default.enumerator(
                    at: URL(fileURLWithPath: path), includingPropertiesForKeys: [.isRegularFileKey],
                    options: [.skipsHiddenFiles, .skipsPackageDescendants])
            else { throw InputError("\(path): cannot read the directory") }
            let files = walker.compactMap { $0 as? URL }.filter {
                textExtensions.contains($0.pathExtension.lowercased())
                    && isRegularFile($0.path)
            }
            let base = path.hasSuffix("/") ? path : path + "/"
            let root = URL(fileURLWithPath: path).standardizedFileURL.path + "/"
            inputs += files.map { $0.standardizedFileURL.path }.sorted().map {
                Input(path: $0.hasPrefix(root) ? base + $0.dropFirst(root.count) : $0)
            }
        }
        return inputs
    }

    /// Whether `path` is a regular file itself (a symbolic link to one is not), as `URLResourceValues.isRegularFile`
    /// tells, in one `lstat`: a folder of thousands of drafts is listed before any is linted.
    private static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }
}
