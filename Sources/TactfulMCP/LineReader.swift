import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a file descriptor line by line on a thread of its own, with blocking reads: standard input is left in
/// blocking mode (the SDK's transport sets O_NONBLOCK on it, which the client's end of a shared terminal or pipe
/// then sees too). A last line without a newline is still a line.
enum LineReader {
    /// The lines of `descriptor`, without their newlines, ending at end of file or on a read error.
    static func lines(of descriptor: Int32) -> AsyncStream<Data> {
        AsyncStream(bufferingPolicy: .unbounded) { continuation in
            let thread = Thread {
                var pending = Data()
                var buffer = [UInt8](repeating: 0, count: 64 << 10)
                while true {
                    let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                    if count < 0, errno == EINTR { continue }
                    if count < 0, errno == EAGAIN || errno == EWOULDBLOCK {  // someone made it non-blocking
                        var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                        _ = poll(&ready, 1, -1)
                        continue
                    }
                    guard count > 0 else { break }
                    pending.append(contentsOf: buffer[0..<count])
                    while let newline = pending.firstIndex(of: 0x0A) {
                        continuation.yield(Data(pending[pending.startIndex..<newline]))
                        pending.removeSubrange(pending.startIndex...newline)
                    }
                }
                if !pending.isEmpty { continuation.yield(pending) }
                continuation.finish()
            }
            thread.name = "tactful-mcp-stdin"
            thread.start()
        }
    }
}
