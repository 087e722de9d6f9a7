import Foundation
import Testing
import TactfulLint
import TactfulTestSupport

@Suite struct TextFileTests {
    func temporaryFile(_ text: String) throws -> String {
        let path = Scratch.root.appendingPathComponent("tactful-\(UUID().uuidString).txt")
            .path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func refusesToWriteAFileThatChangedUnderneath() throws {
        let path = try temporaryFile("Call us at 5pm.")
        let file = try TextFile(path: path)
        try "Someone else edited this.".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: InputFileError.self) { try file.write("Call us at 17:00.") }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "Someone else edited this.")
    }

    @Test func writesAtomicallyKeepingTheBOMAndPermissions() throws {
        let path = try temporaryFile("x")
        try Data([0xEF, 0xBB, 0xBF] + Array("Hi".utf8)).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        let file = try TextFile(path: path)
        #expect(file.text == "Hi" && file.hadBOM)
        try file.write("Hello")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data([0xEF, 0xBB, 0xBF] + Array("Hello".utf8)))
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o640)
        let folder = (path as NSString).deletingLastPathComponent
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
            $0.hasSuffix(".tactful-\(ProcessInfo.processInfo.processIdentifier).tmp")
        }
        #expect(leftovers.isEmpty)
    }

    @Test func aDirectoryOrMissingFileIsAnInputError() {
        #expect(throws: InputFileError.self) { try TextFile(path: NSTemporaryDirectory()) }
        #expect(throws: InputFileError.self) { try TextFile(path: "/no/such/file.txt") }
    }
}
