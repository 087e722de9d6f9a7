import Foundation
import TactfulTestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// A `tactful` process that keeps running while a test talks to it (a server, an MCP session): its output is
/// collected as it comes, and every wait has a deadline so a broken server fails the test instead of hanging it.
final class LiveProcess: @unchecked Sendable {  // `out` and `err` are guarded by `lock`
    private let process = Process()
    private let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
    private let lock = NSLock()
    private var out = Data(), err = Data()
    /// Whether the pipes were read to their end after the process ended (``drainIfEnded()``).
    private var drained = false

    /// Starts `tactful` with `arguments` in `directory`, with `environment` over the test's own.
    init(
        _ arguments: [String], in directory: URL = Scratch.root,
        environment: [String: String] = [:]
    ) throws {
        process.executableURL = CLI.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, given in given }
        }
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        stdout.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            self?.lock.withLock { self?.out.append(data) }
        }
        stderr.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            self?.lock.withLock { self?.err.append(data) }
        }
        try process.run()
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    /// Everything written to standard error so far.
    var standardError: String { lock.withLock { String(decoding: err, as: UTF8.self) } }

    /// Waits until `condition` holds for (stdout, stderr) or `seconds` pass; returns whether it held.
    func wait(seconds: Double = 20, until condition: (String, String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let (o, e) = lock.withLock { (String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self)) }
            if condition(o, e) { return true }
            if drainIfEnded() { continue }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return false
    }

    /// Once the process has ended, reads what is left in its pipes (once; true when it did): on Linux a
    /// `readabilityHandler` can miss the last chunk a process writes just before it exits ("answer, then exit on end
    /// of input", as `tactful mcp` does), which left an MCP test waiting for replies already written.
    private func drainIfEnded() -> Bool {
        guard !process.isRunning, !lock.withLock({ drained }) else { return false }
        stdout.fileHandleForReading.readabilityHandler = nil
        stderr.fileHandleForReading.readabilityHandler = nil
        Thread.sleep(forTimeInterval: 0.05)  // a handler already running finishes its append first
        let rest = stdout.fileHandleForReading.readDataToEndOfFile()
        let restErrors = stderr.fileHandleForReading.readDataToEndOfFile()
        lock.withLock {
            drained = true
            out.append(rest)
            err.append(restErrors)
        }
        return true
    }

    /// The port a `tactful serve` process reports listening on. The service compiles every market's rules before
    /// it listens, which a debug build on a loaded 2-core machine can take most of a minute to do.
    func listeningPort() -> Int? {
        var port: Int?
        _ = wait(seconds: 120) { _, errors in
            guard let range = errors.range(of: #"listening on http://127\.0\.0\.1:\d+"#, options: .regularExpression)
            else { return false }
            port = Int(errors[range].split(separator: ":").last ?? "")
            return true
        }
        return port
    }

    /// The next complete line of standard output (consumed), or nil after `seconds`.
    func nextLine(seconds: Double = 20) -> String? {
        var line: String?
        _ = wait(seconds: seconds) { _, _ in
            lock.withLock {
                guard let newline = out.firstIndex(of: 0x0A) else { return false }
                line = String(decoding: out[out.startIndex..<newline], as: UTF8.self)
                out.removeSubrange(out.startIndex...newline)
                return true
            }
        }
        return line
    }

    /// Writes to standard input.
    func write(_ text: String) { stdin.fileHandleForWriting.write(Data(text.utf8)) }

    /// Closes standard input.
    func closeInput() throws { try stdin.fileHandleForWriting.close() }

    /// Sends a signal.
    func signal(_ number: Int32) { kill(process.processIdentifier, number) }

    /// Waits for the process to end (at most `seconds`); its exit status, or nil when it is still running.
    func exitStatus(seconds: Double = 20) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        return process.isRunning ? nil : process.terminationStatus
    }
}

/// A bare TCP connection to a loopback port, for requests sent in pieces.
struct LoopbackSocket {
    let descriptor: Int32

    /// Connects to 127.0.0.1:`port`.
    init?(port: Int) {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard descriptor >= 0, connected == 0 else { return nil }
        var timeout = timeval(tv_sec: 20, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Sends text.
    func send(_ text: String) {
        _ = Array(text.utf8).withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, 0) }
    }

    /// Reads until the peer closes or a read times out.
    func receiveAll() -> String {
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count <= 0 { break }
            data += buffer[0..<count]
        }
        close(descriptor)
        return String(decoding: data, as: UTF8.self)
    }
}
