// Tactful's benchmark harness. Build and run in release mode:
//   swift build -c release && .build/release/tactful-bench [lint] [check] [--market en-GB] [--replies 20000] [--templates 10000]
// Each figure is printed beside its named baseline, measured in the same run on the same input.
import Foundation

struct Arguments {
    var market = "en-GB"
    var replies = 20_000
    var templates = 10_000
    var benchmarks: [String] = []

    init(_ raw: [String]) {
        var iterator = raw.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--market": market = iterator.next() ?? market
            case "--replies": replies = iterator.next().flatMap(Int.init) ?? replies
            case "--templates": templates = iterator.next().flatMap(Int.init) ?? templates
            default: benchmarks.append(argument)
            }
        }
        if benchmarks.isEmpty { benchmarks = ["lint"] }
    }
}

let arguments = Arguments(Array(CommandLine.arguments.dropFirst()))
do {
    for name in arguments.benchmarks {
        switch name {
        case "lint": try benchmarkLint(arguments)
        case "check": try benchmarkCheck(arguments)
        default: FileHandle.standardError.write(Data("tactful-bench: unknown benchmark '\(name)' (known: lint, check)\n".utf8)); exit(2)
        }
    }
} catch {
    FileHandle.standardError.write(Data("tactful-bench: \(error)\n".utf8))
    exit(1)
}
