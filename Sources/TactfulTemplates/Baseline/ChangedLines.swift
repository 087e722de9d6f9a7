import Foundation

/// The lines changed since a git revision (`--changed-since REV`): added or modified lines of tracked files from
/// `git diff --unified=0 REV`, and every line of untracked files.
public struct ChangedLines: Sendable {
    private let lines: [String: Set<Int>]
    private let wholeFiles: Set<String>

    /// Asks git, run in `directory`; throws with git's message when the revision is unknown.
    public init(since revision: String, in directory: String) throws {
        let root = try Self.git(["rev-parse", "--show-toplevel"], in: directory).trimmingCharacters(
            in: .whitespacesAndNewlines)
        let diff = try Self.git(["diff", "--unified=0", "--no-color", "--no-ext-diff", revision, "--"], in: directory)
        var lines: [String: Set<Int>] = [:]
        var current: String? = nil
        for line in diff.split(separator: "\n") {
            if line.hasPrefix("+++ ") {
                let name = line.dropFirst(4)
                current = name == "/dev/null" ? nil : root + "/" + name.dropFirst(2)
            } else if line.hasPrefix("@@"), let current,
                let plus = line.split(separator: " ").first(where: { $0.hasPrefix("+") })
            {
                let parts = plus.dropFirst().split(separator: ",").compactMap { Int($0) }
                guard let start = parts.first else { continue }
                let count = parts.count > 1 ? parts[1] : 1
                lines[current, default: []].formUnion(start..<(start + count))
            }
        }
        let untracked = try Self.git(["ls-files", "--others", "--exclude-standard", "--full-name"], in: root)
        self.lines = lines
        wholeFiles = Set(untracked.split(separator: "\n").map { root + "/" + $0 })
    }

    /// True when `line` of `path` changed (paths are compared as absolute, standardised paths).
    public func contains(_ path: String, line: Int) -> Bool {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        if wholeFiles.contains(absolute) { return true }
        return lines[absolute]?.contains(line) ?? false
    }

    private static func git(_ arguments: [String], in directory: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let text =
                String(decoding: message, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? "failed"
            throw ChangedLinesError(description: "git \(arguments.first ?? ""): \(text)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// git could not tell what changed.
public struct ChangedLinesError: Error, CustomStringConvertible {
    public let description: String
}
