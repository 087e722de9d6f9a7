import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 (an ephemeral port) for tests: it answers each connection with the next
/// scripted reply, records the requests it saw, and stops after its script or a time limit. Never on a network.
final class LoopbackServer: @unchecked Sendable {
    /// One scripted answer.
    struct Reply {
        var status: Int
        var headers: [String: String] = [:]
        var body: String = ""
    }

    let port: UInt16
    private let socket: Int32
    private let lock = NSLock()
    private var seen: [String] = []
    private let done = DispatchSemaphore(value: 0)

    /// The raw request heads received so far.
    var requests: [String] { lock.withLock { seen } }

    /// Starts serving `script`, one reply per connection, for at most `seconds`.
    init(script: [Reply], seconds: Int = 10) throws {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                bind(socket, raw, length) == 0 && listen(socket, 8) == 0 && getsockname(socket, raw, &length) == 0
            }
        }
        guard bound else {
            close(socket)
            throw POSIXError(.EADDRNOTAVAIL)
        }
        self.socket = socket
        port = UInt16(bigEndian: address.sin_port)
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        Thread.detachNewThread { [self] in serve(script) }
    }

    /// `http://127.0.0.1:PORT/path`.
    func url(_ path: String = "/eurofxref-daily.xml") -> URL { URL(string: "http://127.0.0.1:\(port)\(path)")! }

    /// Stops accepting and waits for the serving thread.
    func stop() {
        shutdown(socket, Int32(SHUT_RDWR))
        close(socket)
        _ = done.wait(timeout: .now() + 5)
    }

    /// A port on 127.0.0.1 that nothing listens on (bound, then closed): connecting is refused, as offline.
    static func closedPort() throws -> URL {
        let server = try LoopbackServer(script: [], seconds: 1)
        server.stop()
        return server.url()
    }

    private func serve(_ script: [Reply]) {
        defer { done.signal() }
        for reply in script {
            let client = accept(socket, nil, nil)
            guard client >= 0 else { return }
            var timeout = timeval(tv_sec: 5, tv_usec: 0)
            setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            lock.withLock { seen.append(readHead(client)) }
            let body = Array(reply.body.utf8)
            var head = "HTTP/1.1 \(reply.status) Scripted\r\nContent-Length: \(body.count)\r\nConnection: close\r\n"
            for (name, value) in reply.headers { head += "\(name): \(value)\r\n" }
            let bytes = Array((head + "\r\n").utf8) + body
            _ = bytes.withUnsafeBytes { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            shutdown(client, Int32(SHUT_WR))
            close(client)
        }
    }

    private func readHead(_ client: Int32) -> String {
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while data.count < 65_536 {
            let count = recv(client, &buffer, buffer.count, 0)
            guard count > 0 else { break }
            data += buffer[0..<count]
            if String(decoding: data, as: UTF8.self).contains("\r\n\r\n") { break }
        }
        return String(decoding: data, as: UTF8.self)
    }
}
