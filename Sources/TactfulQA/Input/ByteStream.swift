import Foundation

/// A file read in chunks, byte by byte, counting lines: the streaming base of every export reader.
final class ByteStream {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var index = 0
    private var finished = false
    private var isFirstChunk = true
    /// The 1-based line of the next byte.
    private(set) var line = 1

    /// A stream over the file at `path` (`-` for standard input).
    init(path: String) throws {
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            guard let opened = FileHandle(forReadingAtPath: path) else {
                throw QAError("cannot read the export '\(path)'")
            }
            handle = opened
        }
    }

    /// A stream over bytes in memory (tests).
    init(bytes: [UInt8]) {
        handle = FileHandle.nullDevice
        buffer = bytes
        finished = true
    }

    /// The next byte without consuming it; nil at the end.
    func peek() throws -> UInt8? {
        if index >= buffer.count { try refill() }
        return index < buffer.count ? buffer[index] : nil
    }

    /// Up to `count` bytes ahead, not consumed (within the current chunk of 1 MiB).
    func upcoming(_ count: Int) throws -> [UInt8] {
        if index >= buffer.count { try refill() }
        return Array(buffer[index..<min(buffer.count, index + count)])
    }

    /// The next byte; nil at the end.
    @inline(__always)
    func next() throws -> UInt8? {
        if index >= buffer.count { try refill() }
        guard index < buffer.count else { return nil }
        let byte = buffer[index]
        index += 1
        if byte == 0x0A { line += 1 }
        return byte
    }

    /// The rest of the current line without its `\n` (and `\r`); nil at the end of the file.
    func nextLine() throws -> [UInt8]? {
        guard try peek() != nil else { return nil }
        var bytes: [UInt8] = []
        while let byte = try next(), byte != 0x0A { bytes.append(byte) }
        if bytes.last == 0x0D { bytes.removeLast() }
        return bytes
    }

    private func refill() throws {
        guard !finished else { return }
        let data = try handle.read(upToCount: 1 << 20) ?? Data()
        if data.isEmpty { finished = true }
        buffer = [UInt8](data)
        index = 0
        if isFirstChunk, buffer.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }  // a UTF-8 byte order mark
        isFirstChunk = false
    }
}
