import ArgumentParser
import Testing

@testable import tactful

/// The start-up shortcuts of `tactful`'s entry: the command parsed without the completion-script check is the one
/// `Tactful`'s tree parses, everything else is left to the tree, and the async commands are all listed.
@Suite struct CommandParseTests {
    @Test(arguments: [
        ["lint", "--market", "de-DE", "--format", "json", "--fail-on", "warning", "a.txt", "b.txt"],
        ["lint", "--market=ja-JP", "--jobs", "2", "--", "-draft.txt"],
        ["lint", "--market", "en-US", "--fix", "lint"],
        ["size", "42", "--from", "EU", "--to", "US", "--category", "shoes-men"],
        ["markets", "show", "zh-HK", "--format", "json"],
        ["money", "convert", "10", "EUR", "--to", "USD"],
    ])
    func aCommandThatRunsIsParsedAsTheTreeParsesIt(arguments: [String]) throws {
        let command = try #require(CommandParse.command(arguments))
        let expected = try Tactful.parseAsRoot(arguments)
        #expect(ObjectIdentifier(type(of: command)) == ObjectIdentifier(type(of: expected)))
        #expect(described(command) == described(expected))
    }

    @Test(arguments: [
        [], ["--help"], ["-h"], ["--version"], ["help", "lint"], ["lint", "--help"], ["lint", "-h"], ["lint"],
        ["lint", "--fix", "-"], ["lint", "--version", "a.txt"],
        ["lint", "--bogus", "x"], ["nonsense"],
    ])
    func helpVersionAndUsageErrorsAreLeftToTheTree(arguments: [String]) {
        #expect(CommandParse.command(arguments) == nil)
    }

    @Test func everyAsyncCommandOfTheTreeIsListed() {
        let tree: [any ParsableCommand.Type] = [Tactful.self] + CommandParse.commands
        let asyncInTree = tree.filter { $0 is any AsyncParsableCommand.Type }.map(ObjectIdentifier.init)
        #expect(Set(asyncInTree) == Set(Tactful.asyncCommands.map(ObjectIdentifier.init)))
        #expect(tree.count > 20)
    }

    private func described(_ command: any ParsableCommand) -> String {
        var text = ""
        dump(command, to: &text)
        return text
    }
}
