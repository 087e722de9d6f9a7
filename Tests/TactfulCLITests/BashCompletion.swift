import Foundation
import TactfulTestSupport

/// Runs the completion function of the generated bash script for a command line, as bash does on TAB.
enum BashCompletion {
    /// The generated bash script, written to a temporary file.
    static func script() throws -> URL {
        let generated = try CLI.run(["--generate-completion-script", "bash"])
        guard generated.status == 0 else {
            throw CompletionError("--generate-completion-script bash: \(generated.stderr)")
        }
        let file = Scratch.root.appendingPathComponent("tactful-\(UUID().uuidString).bash")
        try generated.stdout.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    /// The words offered (`COMPREPLY`) for `words`, whose last element is the word being completed ("" after a
    /// space), with the cursor at the end of the line; run in `directory` (file completions read it).
    static func offered(_ words: [String], in directory: URL? = nil) throws -> [String] {
        let file = try script()
        defer { try? FileManager.default.removeItem(at: file) }
        let line = words.joined(separator: " ")
        // Sourced as a plain `source <(tactful --generate-completion-script bash)` in .bashrc would (extglob off).
        let program = """
            source \(quoted(file.path))
            COMP_WORDS=(\(words.map(quoted).joined(separator: " ")))
            COMP_CWORD=\(words.count - 1)
            COMP_LINE=\(quoted(line))
            COMP_POINT=${#COMP_LINE}
            _tactful \(quoted(words[0])) \(quoted(words[words.count - 1])) \(quoted(words.count > 1 ? words[words.count - 2] : ""))
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let result = try bash(["-c", program], in: directory)
        guard result.status == 0, result.stderr.isEmpty else { throw CompletionError("bash: \(result.stderr)") }
        return result.stdout.split(separator: "\n").map(String.init)
    }

    /// Runs `bash --norc --noprofile` with `arguments`.
    static func bash(_ arguments: [String], in directory: URL? = nil) throws -> CLI.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["--norc", "--noprofile"] + arguments
        if let directory { process.currentDirectoryURL = directory }
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLI.Result(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self))
    }

    /// A bash single-quoted word.
    static func quoted(_ word: String) -> String { "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}

/// A completion script that could not be generated or run.
struct CompletionError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
