import Testing
import TactfulLint

/// Every example of every built-in pack, run with the SwiftLint-style stresses of `RuleExamples`.
@Suite struct PackExampleTests {
    static let library = Result { try PackLibrary() }

    static var packNames: [String] { ((try? library.get())?.names ?? []).sorted() }

    @Test func builtInPacksLoad() throws {
        let library = try Self.library.get()
        #expect(library.names.contains("root"))
    }

    @Test(arguments: packNames)
    func examplesBehave(pack name: String) throws {
        let library = try Self.library.get()
        let pack = try #require(try library.pack(name))
        let failures = RuleExamples(library: library).check(pack)
        #expect(failures.isEmpty, "\(failures.map(\.description).joined(separator: "\n"))")
    }
}
