import Foundation
import TactfulTestSupport

/// The real third-party clients and validators that conformance tests run (the MCP Python SDK, schemathesis, lxml
/// with the Jenkins JUnit XSD, junitparser, pre-commit), from a Python that has them: `TACTFUL_PYTHON`, which
/// `.ci/run` sets to the virtual environment it installs them in from PyPI. Without it those tests are skipped,
/// and say so.
enum ConformancePython {
    /// The Python executable named by `TACTFUL_PYTHON`, if any.
    static let executable: String? = ProcessInfo.processInfo.environment["TACTFUL_PYTHON"].flatMap {
        FileManager.default.isExecutableFile(atPath: $0) ? $0 : nil
    }

    /// The repository's root folder (scripts live in `Scripts/conformance/`).
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// True when `TACTFUL_PYTHON` is set and imports every one of `modules`.
    static func has(_ modules: String...) -> Bool {
        guard let executable else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-c", modules.map { "import \($0)" }.joined(separator: "; ")]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    /// Runs `Scripts/conformance/<script>` with `arguments` (the built `tactful` is in `TACTFUL_BINARY`), and
    /// returns what it printed and its exit status.
    static func run(_ script: String, _ arguments: [String] = [], environment: [String: String] = [:]) throws
        -> CLI.Result
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable ?? "/usr/bin/python3")
        process.arguments = [repository.appendingPathComponent("Scripts/conformance/\(script)").path] + arguments
        process.environment = ProcessInfo.processInfo.environment
            .merging(["TACTFUL_BINARY": CLI.binary.path]) { _, given in given }
            .merging(environment) { _, given in given }
        process.currentDirectoryURL = repository
        // Standard error goes to a file, so that neither stream can fill a pipe and block the script.
        let errors = Scratch.root.appendingPathComponent(
            "conformance-\(UUID().uuidString).err")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errors) }
        let stdout = Pipe()
        process.standardOutput = stdout
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let err = (try? Data(contentsOf: errors)) ?? Data()
        return CLI.Result(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self))
    }
}
