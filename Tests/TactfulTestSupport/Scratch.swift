import Foundation

/// The folder the tests of this process write their files in, under the system's temporary directory and removed when
/// the process exits: a test run leaves nothing behind in `/tmp`.
public enum Scratch {
    /// `tactful-tests-<pid>`, created on first use; removed at exit.
    public static let root: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tactful-tests-\(ProcessInfo.processInfo.processIdentifier)", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: Scratch.root) }
        return url
    }()
}
