import Foundation

/// Replaces this process with `tactful-server` (beside this binary, else on `PATH`), so signals such as SIGTERM
/// reach the server itself.
enum ServerLauncher {
    static func exec(_ subcommand: String, _ arguments: [String]) throws -> Never {
        guard let binary = locate() else {
            throw InputError(
                "'tactful \(subcommand)' runs the tactful-server binary, which is neither beside tactful nor on PATH (swift build --product tactful-server)"
            )
        }
        let argv = ([binary, subcommand] + arguments).map { strdup($0) } + [nil]
        execv(binary, argv)
        throw InputError("cannot start \(binary) (errno \(errno))")
    }

    private static func locate() -> String? {
        let own = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let folders =
            [own.path] + (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        return folders.map { ($0 as NSString).appendingPathComponent("tactful-server") }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
