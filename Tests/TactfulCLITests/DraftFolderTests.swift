import Foundation
import Testing
import TactfulTestSupport

/// `tactful lint DIR` lints the folder's text files in path order: nested folders walked, hidden entries, files of
/// other extensions and symbolic links (to files or to folders) left out.
@Suite struct DraftFolderTests {
    @Test func aFolderIsWalkedInPathOrderLeavingOutHiddenOtherAndLinkedFiles() throws {
        let folder = Scratch.root.appendingPathComponent("tactful-walk-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["b/inner", ".hidden", "c"] {
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        for name in ["b/inner/x.txt", "b/y.MD", "a.txt", "c/Z.txt", "c/with space.txt", ".hidden/h.txt", ".h.txt"] {
            try "Thanks for your order.".write(
                to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try "{}".write(to: folder.appendingPathComponent("b/data.json"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("c/linked-folder").path,
            withDestinationPath: folder.appendingPathComponent("b").path)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("c/linked.txt").path,
            withDestinationPath: folder.appendingPathComponent("a.txt").path)

        let result = try CLI.run(["lint", "--market", "en-US", "--format", "json", "--jobs", "1", folder.path])

        #expect(result.status == 0, "\(result.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let paths = (report?["files"] as? [[String: Any]])?.compactMap { $0["path"] as? String } ?? []
        #expect(
            paths == ["a.txt", "b/inner/x.txt", "b/y.MD", "c/Z.txt", "c/with space.txt"].map { folder.path + "/" + $0 })
    }
}
