import Foundation
import Logging
import MCP
import TactfulAPI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The stdio transport of `tactful mcp`: one JSON-RPC message per line on standard input and output, like the
/// SDK's `StdioTransport`, with what the protocol asks of a server that it does not do:
/// - a line that is not JSON, or not a JSON-RPC message, is answered here (``JSONRPCEnvelope``), with `id: null`
///   when its id cannot be told;
/// - when standard input closes, the stream of messages ends only once every request received has been answered,
///   so `printf '%s\n' "$REQUEST" | tactful mcp` prints the answer before the process exits.
actor MCPStdioTransport: Transport {
    nonisolated let logger: Logger
    private let input: Int32
    private let output: Int32
    private let messages: AsyncThrowingStream<Data, any Error>
    private let continuation: AsyncThrowingStream<Data, any Error>.Continuation
    /// Requests handed to the SDK and not answered yet, by id (a client may reuse an id once answered).
    private var unanswered: [JSONRPCEnvelope.RequestKey: Int] = [:]
    private var inputEnded = false
    private var reading: Task<Void, Never>?

    /// A transport on `input` and `output` (standard input and output by default).
    init(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO, logger: Logger? = nil) {
        self.input = input
        self.output = output
        self.logger = logger ?? Logger(label: "tactful.mcp.stdio", factory: { _ in SwiftLogNoOpLogHandler() })
        (messages, continuation) = AsyncThrowingStream.makeStream(bufferingPolicy: .unbounded)
    }

    func connect() async throws {
        guard reading == nil else { return }
        let lines = LineReader.lines(of: input)
        reading = Task {
            for await line in lines { self.received(line) }
            self.inputDidEnd()
        }
    }

    func disconnect() async {
        reading?.cancel()
        continuation.finish()
    }

    /// Writes one message and its newline; an answer to a request the SDK was handed counts as given even when the
    /// write fails (the client is gone), so that the end of input is never waited on forever.
    func send(_ data: Data) async throws {
        answered(by: data)
        defer { finishIfAllAnswered() }
        try emit(data + [0x0A])
    }

    func receive() -> AsyncThrowingStream<Data, any Error> { messages }

    private func received(_ line: Data) {
        switch JSONRPCEnvelope.check(line) {
        case .blank: return
        case .forward(let requests, let cancelled):
            for key in requests { unanswered[key, default: 0] += 1 }
            for key in cancelled { forget(key) }  // the SDK drops a cancelled request without answering
            continuation.yield(line)
        case .reject(let reply):
            do { try emit(reply + [0x0A]) } catch {
                logger.error("could not write an error reply", metadata: ["error": "\(error)"])
            }
        }
    }

    private func inputDidEnd() {
        inputEnded = true
        finishIfAllAnswered()
    }

    private func finishIfAllAnswered() {
        if inputEnded && unanswered.isEmpty { continuation.finish() }
    }

    /// Marks the requests a message of the SDK's answers (a response, or a batch of them).
    private func answered(by data: Data) {
        guard let message = try? JSONDecoder().decode(JSONValue.self, from: data) else { return }
        let replies: [JSONValue]
        if case .array(let items) = message { replies = items } else { replies = [message] }
        for case .object(let fields) in replies where fields["method"] == nil {
            if let key = JSONRPCEnvelope.RequestKey(fields["id"]) { forget(key) }
        }
    }

    private func forget(_ key: JSONRPCEnvelope.RequestKey) {
        guard let count = unanswered[key] else { return }
        unanswered[key] = count > 1 ? count - 1 : nil
    }

    private func emit(_ data: Data) throws {
        var offset = 0
        while offset < data.count {
            let written = data.withUnsafeBytes { bytes in
                write(output, bytes.baseAddress! + offset, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN || errno == EWOULDBLOCK {
                    var ready = pollfd(fd: output, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&ready, 1, -1)
                    continue
                }
                throw MCPError.transportError(POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO))
            }
            offset += written
        }
    }
}
