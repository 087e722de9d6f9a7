#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Texts kept on disk, in order, until a report can be written: the parts of a report whose beginning counts every
/// file (JUnit's totals, SARIF's rule indices, the job summary's heading) wait here instead of in memory. An
/// anonymous temporary file (`tmpfile`), gone when the spool is.
public final class ReportSpool {
    private let file: UnsafeMutablePointer<FILE>

    /// An empty spool; fails when no temporary file can be made.
    init() throws(InputFileError) {
        guard let file = tmpfile() else {
            throw InputFileError(path: "a temporary file", problem: "could not be made (to hold the report)")
        }
        self.file = file
    }

    deinit { fclose(file) }

    /// Keeps `text` after the texts kept before it.
    func append(_ text: String) throws(InputFileError) {
        var text = text
        var length = UInt64(text.utf8.count).littleEndian
        let written = withUnsafeBytes(of: &length) { fwrite($0.baseAddress, 1, $0.count, file) }
        let textWritten = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, file) }
        guard written == MemoryLayout<UInt64>.size, textWritten == text.utf8.count else {
            throw InputFileError(path: "a temporary file", problem: "could not be written (to hold the report)")
        }
    }

    /// Hands `body` every text kept, in order, one at a time.
    func forEach(_ body: (String) throws -> Void) throws {
        fflush(file)
        rewind(file)
        var length: UInt64 = 0
        while withUnsafeMutableBytes(of: &length, { fread($0.baseAddress, 1, $0.count, file) })
            == MemoryLayout<UInt64>.size
        {
            let count = Int(UInt64(littleEndian: length))
            let text = String(unsafeUninitializedCapacity: count) { fread($0.baseAddress, 1, count, file) }
            guard text.utf8.count == count else {
                throw InputFileError(path: "a temporary file", problem: "could not be read back (the report)")
            }
            try body(text)
        }
        fseek(file, 0, SEEK_END)
    }
}
