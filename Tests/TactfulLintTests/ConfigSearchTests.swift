import Foundation
import Testing

@testable import TactfulLint

/// `.tactful.yml` is found in a folder or above it, the same whether the folder's path is plain and absolute (cut
/// component by component) or must be standardized first (relative, or holding `..`: URL's walk).
@Suite struct ConfigSearchTests {
    @Test func findsTheNearestConfigAlikeForPlainAndOtherPaths() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tactful-config-search-\(getpid())")
            .standardizedFileURL.path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/a/b/c", withIntermediateDirectories: true)
        try "version: 1\n".write(toFile: root + "/a/.tactful.yml", atomically: true, encoding: .utf8)
        let expected = root + "/a/.tactful.yml"
        #expect(LintConfig.plainAbsolutePath(root + "/a/b/c") == root + "/a/b/c")
        #expect(LintConfig.find(from: root + "/a/b/c") == expected)
        #expect(LintConfig.find(from: root + "/a") == expected)
        for unplain in [root + "/a/b/../b/c", root + "/a/b/./c", root + "/a/b/c/", root + "//a/b"] {
            #expect(LintConfig.plainAbsolutePath(unplain) == nil, "\(unplain)")
            #expect(LintConfig.find(from: unplain) == expected, "\(unplain)")
        }
        #expect(LintConfig.find(from: root) == LintConfig.find(from: root + "/a/.."))
        #expect(LintConfig.find(from: ".") == LintConfig.find(from: "Sources/.."))
        #expect(LintConfig.plainAbsolutePath("relative/path") == nil)
        #expect(LintConfig.plainAbsolutePath("/") == "/")
    }
}
