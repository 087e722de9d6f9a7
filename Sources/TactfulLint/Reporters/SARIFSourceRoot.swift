import Foundation

/// The folder SARIF locations are relative to, named `%SRCROOT%` in the log's `originalUriBaseIds`, as GitHub code
/// scanning expects: the git work tree that holds the reported file, else the current directory. A file outside it
/// keeps an absolute `file://` URI.
public struct SARIFSourceRoot: Sendable, Equatable {
    /// The base id that relative locations name.
    public static let baseID = "%SRCROOT%"

    /// The root folder: absolute, standardised, without a trailing slash (`/` for the file system's root).
    public let path: String
    /// The folder relative paths are read from (the current directory of the run).
    public let currentDirectory: String

    /// A root at `path`; relative paths (of the root and of files) are read from `currentDirectory`.
    public init(path: String, currentDirectory: String = FileManager.default.currentDirectoryPath) {
        self.currentDirectory = currentDirectory
        self.path = Self.absolute(path, in: currentDirectory)
    }

    /// The git work tree (a folder holding `.git`, a folder or, for worktrees and submodules, a file) that holds
    /// `file`, else `currentDirectory`.
    public static func containing(
        _ file: String?, currentDirectory: String = FileManager.default.currentDirectoryPath
    ) -> SARIFSourceRoot {
        guard let file, file != "-" else {
            return SARIFSourceRoot(path: currentDirectory, currentDirectory: currentDirectory)
        }
        var folder = (absolute(file, in: currentDirectory) as NSString).deletingLastPathComponent
        while !folder.isEmpty {
            if FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(".git")) {
                return SARIFSourceRoot(path: folder, currentDirectory: currentDirectory)
            }
            if folder == "/" { break }
            folder = (folder as NSString).deletingLastPathComponent
        }
        return SARIFSourceRoot(path: currentDirectory, currentDirectory: currentDirectory)
    }

    /// The root as an absolute `file://` URI ending with `/`, as `originalUriBaseIds` requires.
    public var uri: String { "file://" + Self.encode(path == "/" ? "/" : path + "/") }

    /// Where `file` is: a URI relative to the root with the root's base id, or, outside the root, an absolute
    /// `file://` URI and no base id. Standard input (`-`) stays `-`.
    public func location(of file: String) -> (uri: String, uriBaseId: String?) {
        guard file != "-" else { return ("-", nil) }
        let absolute = Self.absolute(file, in: currentDirectory)
        let prefix = path == "/" ? "/" : path + "/"
        guard absolute.hasPrefix(prefix), absolute.count > prefix.count else {
            return ("file://" + Self.encode(absolute), nil)
        }
        return (Self.encode(String(absolute.dropFirst(prefix.count))), Self.baseID)
    }

    /// `path` made absolute against `folder` and standardised (`.`, `..` and doubled slashes removed).
    static func absolute(_ path: String, in folder: String) -> String {
        let joined = path.hasPrefix("/") ? path : (folder as NSString).appendingPathComponent(path)
        return URL(fileURLWithPath: joined).standardizedFileURL.path
    }

    /// Percent-encodes a path for a URI; `:` too, so that a relative reference's first segment is never read as a
    /// scheme.
    static func encode(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(":")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }
}
