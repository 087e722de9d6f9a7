import Foundation
import Testing
import TactfulTestSupport

/// The shell completion scripts of `tactful --generate-completion-script`: bash's is run in a bash subprocess as
/// bash runs it on TAB; zsh's and fish's (their shells are not installed here) are checked for the same options.
@Suite struct CompletionScriptTests {
    static let categories = [
        "shoes-men", "shoes-women", "shoes-kids", "clothing-women", "shirts-men", "suits-men", "jeans", "rings", "bras",
    ]

    @Test func serveAndMCPCompleteTheServersOptions() throws {
        let serve = try BashCompletion.offered(["tactful", "serve", "-"])
        for option in ["--host", "--port", "--config", "--help", "-h"] { #expect(serve.contains(option), "\(serve)") }
        let mcp = try BashCompletion.offered(["tactful", "mcp", "-"])
        for option in ["--config", "--help", "-h"] { #expect(mcp.contains(option), "\(mcp)") }
        #expect(!mcp.contains("--host") && !mcp.contains("--port"), "\(mcp)")
    }

    @Test func serveCompletesEveryOptionTheServerHas() throws {
        // `tactful serve --help` is the server's own help (the options are passed on); every option it lists, and
        // no other, is offered.
        for command in ["serve", "mcp"] {
            let help = try CLI.run([command, "--help"])
            #expect(help.status == 0)
            let listed = Set(
                help.stdout.matches(of: /(?m)^\s+(?:(-[a-z]), )?(--[a-z][a-z-]*)/).flatMap { match in
                    [match.output.1.map(String.init), String(match.output.2)].compactMap { $0 }
                })
            #expect(listed.isSuperset(of: ["--config", "--help", "-h"]), "\(help.stdout)")
            let offered = Set(try BashCompletion.offered(["tactful", command, "-"]))
            #expect(offered == listed.union(["--version"]), "\(command): offered \(offered), the server has \(listed)")
        }
    }

    @Test func serveConfigCompletesYAMLFiles() throws {
        let folder = Scratch.root.appendingPathComponent(
            "tactful-completion-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("configs"), withIntermediateDirectories: true)
        for name in ["team.yml", "notes.txt"] {
            FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: nil)
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let offered = try BashCompletion.offered(["tactful", "serve", "--config", ""], in: folder)
        #expect(offered.sorted() == ["configs", "team.yml"], "\(offered)")
    }

    @Test func sizeCategoryCompletesTheCategoriesWithoutTheSubcommandName() throws {
        for line in [
            ["tactful", "size", "42", "--category", ""], ["tactful", "size", "--measure", "26.5cm", "--category", ""],
            ["tactful", "size", "42", "--from", "EU", "--category", ""],
            ["tactful", "size", "convert", "42", "--category", ""],
            ["tactful", "size", "chart", ""],
        ] {
            #expect(try BashCompletion.offered(line) == Self.categories, "\(line)")
        }
        #expect(try BashCompletion.offered(["tactful", "size", "42", "--category", "shoes-w"]) == ["shoes-women"])
        let options = try BashCompletion.offered(["tactful", "size", "--"])
        for option in ["--from", "--to", "--category", "--measure", "--market", "--chart", "--format"] {
            #expect(options.contains(option), "\(options)")
        }
        #expect(try BashCompletion.offered(["tactful", "size", "c"]) == ["convert", "chart"])
    }

    @Test func zshAndFishScriptsDeclareTheServersOptions() throws {
        let zsh = try CLI.run(["--generate-completion-script", "zsh"])
        #expect(zsh.status == 0)
        for (command, options) in [
            ("serve", ["'--host[", "'--port[", "'--config[", "{-h,--help}"]), ("mcp", ["'--config[", "{-h,--help}"]),
        ] {
            let function = try Self.zshFunction(command, in: zsh.stdout)
            for option in options { #expect(function.contains(option), "\(function)") }
        }
        let fish = try CLI.run(["--generate-completion-script", "fish"])
        #expect(fish.status == 0)
        for (command, options) in [("serve", ["host", "port", "config"]), ("mcp", ["config"])] {
            for option in options {
                #expect(
                    fish.stdout.contains("\"tactful \(command)\" \(option)' -l '\(option)'"), "\(command) --\(option)")
            }
            #expect(fish.stdout.contains("\"tactful \(command)\" h help' -s 'h' -l 'help'"), "\(command) --help")
        }
    }

    @Test func zshAndFishScriptsDeclareTheSizeCategoriesOnSize() throws {
        let zsh = try CLI.run(["--generate-completion-script", "zsh"])
        let size = try Self.zshFunction("size", in: zsh.stdout)
        #expect(size.contains("___category=(" + Self.categories.map { "'\($0)'" }.joined(separator: " ") + ")"))
        #expect(size.contains("'--category[The size category.]:category:{__tactful_complete \"${___category[@]}\"}'"))
        let fish = try CLI.run(["--generate-completion-script", "fish"])
        let categories = Self.categories.joined(separator: " ")
        #expect(
            fish.stdout.contains(
                "\"tactful size\" category' -l 'category' -d 'The size category.' -rfka '\(categories)'"))
    }

    /// The body of the zsh completion function of `tactful COMMAND`.
    static func zshFunction(_ command: String, in script: String) throws -> String {
        try #require(script.components(separatedBy: "\n_tactful_\(command)() {").dropFirst().first)
            .components(separatedBy: "\n}\n")[0]
    }

    @Test func bashScriptIsValidBash() throws {
        let script = try BashCompletion.script()
        defer { try? FileManager.default.removeItem(at: script) }
        let check = try BashCompletion.bash(["-n", script.path])
        #expect(check.status == 0, "\(check.stderr)")
    }
}
