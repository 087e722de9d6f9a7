// Tactful's benchmark harness: one entry point for every speed figure the project claims. Build and run in release:
//   swift build -c release && .build/release/tactful-bench [lint] [check] [jobs] [clock] [size] [startup] [memory] [huge] [qa]
//       [--market en-GB] [--replies 20000] [--templates 10000] [--corpus both|english|examples] [--corpus-file F]
//       [--per-rule] [--markets en-US,de-DE] [--runs 21] [--compare OTHER-BUILD/tactful]
//       [--drafts 2000] [--jobs-markets en-GB,de-DE] [--jobs-runs 5]
//   .build/release/tactful-bench qa [--qa-replies 100000] [--qa-export FILE]   (needs the release tactful beside it)
//   .build/release/tactful-bench quality [--split dev|held-out|both] [--details] [--json FILE] [--write-floor FILE]
//       [--corpus-root Tests/Corpus]
// With no benchmark named it runs them all. Each figure is printed beside its named baseline, measured in the same
// run on the same machine, and the run ends with one table of all of them.
import Foundation

struct Arguments {
    var market = "en-GB"
    var replies = 20_000
    var templates = 10_000
    /// Lint corpus: `english` (English frame sentences with the market's phrases spliced into one in five, the
    /// first corpus), `examples` (the market's own example sentences and clean replies, in its language), or both.
    var corpus = "both"
    var benchmarks: [String] = []
    /// `quality`: the folder holding the evaluation corpora, the split to print (`dev`, `held-out`, `both`), whether
    /// to list the dev half's unexplained findings and missed problems, and where to write JSON or the dev floor.
    var corpusRoot = "Tests/Corpus"
    var split = "both"
    var details = false
    var jsonPath: String?
    var floorPath: String?
    /// `lint`: read the corpus from (or write it to) this file, so two builds lint the same replies.
    var corpusFile: String?
    /// `lint`: also time each rule alone over the corpus (above the preparation floor), most costly first.
    var perRule = false
    /// `startup`: the markets to time (default: every market with a pack of its own), the timed runs per command,
    /// and a second `tactful` binary (e.g. built from `main`) timed in the same rounds.
    var startupMarkets: [String]?
    var runs = 21
    var compareBinary: String?
    /// `qa`: how many replies the generated export has, or a generic JSONL export to run instead.
    var qaReplies = 100_000
    var qaExport: String?
    /// `jobs`: how many drafts the folder holds, the markets they are spread over, and the runs per job count.
    var drafts = 2_000
    var jobsMarkets = ["en-GB", "en-US", "de-DE", "fr-FR", "ja-JP"]
    var jobsRuns = 5

    init(_ raw: [String]) {
        var iterator = raw.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--market": market = iterator.next() ?? market
            case "--replies": replies = iterator.next().flatMap(Int.init) ?? replies
            case "--templates": templates = iterator.next().flatMap(Int.init) ?? templates
            case "--corpus": corpus = iterator.next() ?? corpus
            case "--corpus-root": corpusRoot = iterator.next() ?? corpusRoot
            case "--split": split = iterator.next() ?? split
            case "--details": details = true
            case "--json": jsonPath = iterator.next()
            case "--write-floor": floorPath = iterator.next()
            case "--corpus-file": corpusFile = iterator.next()
            case "--per-rule": perRule = true
            case "--markets": startupMarkets = iterator.next()?.split(separator: ",").map(String.init)
            case "--runs": runs = iterator.next().flatMap(Int.init) ?? runs
            case "--compare": compareBinary = iterator.next()
            case "--qa-export": qaExport = iterator.next()
            case "--qa-replies": qaReplies = iterator.next().flatMap(Int.init) ?? qaReplies
            case "--drafts": drafts = iterator.next().flatMap(Int.init) ?? drafts
            case "--jobs-markets": jobsMarkets = iterator.next()?.split(separator: ",").map(String.init) ?? jobsMarkets
            case "--jobs-runs": jobsRuns = iterator.next().flatMap(Int.init) ?? jobsRuns
            default: benchmarks.append(argument)
            }
        }
        if benchmarks.isEmpty {
            benchmarks = ["lint", "check", "jobs", "clock", "size", "startup", "memory", "huge", "quality", "qa"]
        }
    }
}

/// One line of the closing table.
struct Row {
    let benchmark: String
    let figure: String
    let baseline: String
    let target: String
}

let arguments = Arguments(Array(CommandLine.arguments.dropFirst()))
let known: [String: (Arguments) throws -> Row] = [
    "lint": benchmarkLint, "check": benchmarkCheck, "clock": benchmarkClock, "size": benchmarkSize,
    "startup": benchmarkStartup, "jobs": benchmarkJobs,
    "memory": benchmarkMemory, "huge": benchmarkHugeFile, "quality": benchmarkQuality, "qa": benchmarkQA,
]
var rows: [Row] = []
do {
    for name in arguments.benchmarks {
        guard let run = known[name] else {
            FileHandle.standardError.write(
                Data(
                    "tactful-bench: unknown benchmark '\(name)' (known: \(known.keys.sorted().joined(separator: ", ")))\n"
                        .utf8))
            exit(2)
        }
        rows.append(try run(arguments))
        print("")
    }
} catch {
    FileHandle.standardError.write(Data("tactful-bench: \(error)\n".utf8))
    exit(1)
}
let widths = [12, 34, 40, 26]
func cell(_ text: String, _ width: Int) -> String {
    text.padding(toLength: max(width, text.count), withPad: " ", startingAt: 0)
}
print("\(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.physicalMemory >> 30) GiB")
print(zip(["benchmark", "figure", "baseline (same run)", "target"], widths).map(cell).joined(separator: " | "))
for row in rows {
    print(zip([row.benchmark, row.figure, row.baseline, row.target], widths).map(cell).joined(separator: " | "))
}
