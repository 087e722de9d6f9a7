import Foundation
import TactfulLint

/// The drafts named on the command line: files, the text files of directories, or standard input.
struct DraftInputs {
    /// One draft to read.
    struct Input {
        let path: String

        func read() throws -> TextFile {
            if path == "-" {
                return try TextFile(path: "-", data: FileHandle.standardInput.readDataToEndOfFile())
            }
            return try TextFile(path: path)
        }
    }

    /// File extensions linted when a directory is walked.
    static let textExtensions: Set<String> = ["txt", "text", "md", "markdown", "html", "htm", "eml", "liquid", "hbs", "mustache"]

    /// Expands directories (sorted, hidden files skipped, symlinked folders not followed) into their text files.
    static func expand(_ paths: [String]) throws -> [Input] {
        var inputs: [Input] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard path == "-" || FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw InputError("\(path): no such file or directory")
            }
            guard isDirectory.boolValue else { inputs.append(Input(path: path)); continue }
            guard let walker = FileManager.default.enumerator(
                at: URL(fileURLWithPath: path), includingPropertiesForKeys: [.isRegularFileKey],
                options: [.skipsHiddenFiles, .skipsPackageDescendants])
            else { throw InputError("\(path): cannot read the directory") }
            let files = walker.compactMap { $0 as? URL }.filter {
                textExtensions.contains($0.pathExtension.lowercased())
                    && (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
            }
            let base = path.hasSuffix("/") ? path : path + "/"
            let root = URL(fileURLWithPath: path).standardizedFileURL.path + "/"
            inputs += files.map { $0.standardizedFileURL.path }.sorted().map {
                Input(path: $0.hasPrefix(root) ? base + $0.dropFirst(root.count) : $0)
            }
        }
        return inputs
    }
}
