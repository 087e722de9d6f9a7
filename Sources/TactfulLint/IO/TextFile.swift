import Foundation

/// Reading drafts and writing fixed drafts back, safely: UTF-8 checked, BOM kept, size capped, and writes
/// atomic (a temporary file renamed over the original) only when the original has not changed since it was read.
public struct TextFile: Sendable {
    /// The path as given.
    public let path: String
    /// The text without a byte-order mark.
    public let text: String
    /// True when the file started with a UTF-8 byte-order mark.
    public let hadBOM: Bool
    private let originalData: Data

    /// Files larger than this are refused with a clear message.
    public static let maximumBytes = 16 << 20

    /// Reads and validates a file.
    public init(path: String) throws(InputFileError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputFileError(path: path, problem: "no such file")
        }
        guard !isDirectory.boolValue else { throw InputFileError(path: path, problem: "is a directory") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputFileError(path: path, problem: "cannot be read (permission denied?)")
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: Self.maximumBytes + 1)) ?? Data()
        guard data.count <= Self.maximumBytes else {
            throw InputFileError(path: path, problem: "is larger than \(Self.maximumBytes >> 20) MiB; split it")
        }
        try self.init(path: path, data: data)
    }

    /// Validates in-memory bytes (standard input).
    public init(path: String, data: Data) throws(InputFileError) {
        self.path = path
        originalData = data
        let bom = data.starts(with: [0xEF, 0xBB, 0xBF])
        let body = bom ? data.dropFirst(3) : data[...]
        guard let text = String(validating: body, as: UTF8.self) else {
            let offset = Self.firstInvalidUTF8Offset(body)
            throw InputFileError(path: path, problem: "is not valid UTF-8 (first bad byte at offset \(offset))")
        }
        if text.utf8.contains(0) { throw InputFileError(path: path, problem: "contains NUL bytes (binary file?)") }
        self.text = text
        hadBOM = bom
    }

    /// Replaces the file with `newText` atomically, keeping its BOM and permissions; refuses when the file
    /// changed on disk since it was read.
    public func write(_ newText: String) throws(InputFileError) {
        let url = URL(fileURLWithPath: path)
        guard FileManager.default.contents(atPath: path) == originalData else {
            throw InputFileError(path: path, problem: "changed on disk while it was being linted; not written")
        }
        guard FileManager.default.isWritableFile(atPath: path) else {
            throw InputFileError(path: path, problem: "is read-only; not written")
        }
        let data = (hadBOM ? Data([0xEF, 0xBB, 0xBF]) : Data()) + Data(newText.utf8)
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(
                ".\(url.lastPathComponent).tactful-\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: temporary, options: [.withoutOverwriting])
            if let permissions = attributes?[.posixPermissions] {
                try FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary.path)
            }
            guard rename(temporary.path, url.path) == 0 else {
                throw InputFileError(path: path, problem: "could not be replaced (errno \(errno))")
            }
        } catch let error as InputFileError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw InputFileError(path: path, problem: "could not be written: \(error.localizedDescription)")
        }
    }

    private static func firstInvalidUTF8Offset(_ bytes: Data.SubSequence) -> Int {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += String(scalar).utf8.count
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }
}

/// A file that cannot be linted or written, named with the reason.
public struct InputFileError: Error, Sendable, CustomStringConvertible {
    /// The file.
    public let path: String
    /// What is wrong, completing "PATH …".
    public let problem: String

    /// An error for `path`.
    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }

    /// `PATH: problem`.
    public var description: String { "\(path): \(problem)" }
}
