import Foundation
import TactfulLint
import TactfulMarkets

/// A whole `tactful lint --market M DRAFT` process for one short draft, start to exit, per market, beside a
/// Foundation `print` hello-world built with the same toolchain and timed in the same run (hyperfine-style: warm-up
/// runs, then the median of `--runs`, the commands interleaved so that a busy moment on the shared machine hits all
/// of them alike). `--compare PATH` times a second `tactful` binary (e.g. one built from `main`) in the same rounds.
func benchmarkStartup(_ arguments: Arguments) throws -> Row {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tactful-startup-bench-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let hello = try buildHelloWorld(in: folder)
    let binaries = [tactfulBinary()] + (arguments.compareBinary.map { [$0] } ?? [])
    let markets = try arguments.startupMarkets ?? startupMarketsWithPacks()
    let runs = max(arguments.runs, 3)
    print("startup: one-draft `tactful lint --market M FILE`, whole process, median of \(runs) runs after 3 warm-ups")
    if binaries.count > 1 { print("  columns: this build, then --compare \(binaries[1])") }
    try printFloor(hello: hello, tactful: binaries[0], runs: runs)
    var ratios: [(market: String, ratio: Double)] = []
    var helloMedians: [Double] = []
    for tag in markets {
        let draft = folder.appendingPathComponent("\(tag).txt")
        try startupDraft(for: tag).write(to: draft, atomically: true, encoding: .utf8)
        let commands = [(hello, [String]())] + binaries.map { ($0, ["lint", "--market", tag, draft.path]) }
        for (executable, arguments) in commands {
            let status = try measureProcess(executable, arguments).status
            guard status <= 1 else {
                throw BenchmarkError("\(executable) \(arguments.joined(separator: " ")) exited \(status)")
            }
            for _ in 0..<2 { _ = try measureProcess(executable, arguments) }
        }
        var times = [[Double]](repeating: [], count: commands.count)
        var cpu = times
        for _ in 0..<runs {
            for (index, (executable, arguments)) in commands.enumerated() {
                let run = try measureProcess(executable, arguments)
                times[index].append(run.seconds * 1000)
                cpu[index].append(run.cpuSeconds * 1000)
            }
        }
        let medians = times.map { $0.sorted()[$0.count / 2] }
        let cpuMedians = cpu.map { $0.sorted()[$0.count / 2] }
        helloMedians.append(medians[0])
        ratios.append((tag, medians[1] / medians[0]))
        // CPU time (user + system) beside the wall time: on a shared machine it is the steadier of the two.
        let cells = zip(medians, cpuMedians).dropFirst().map {
            String(format: "%6.1f ms %5.2f× (CPU %5.1f ms %5.2f×)", $0.0, $0.0 / medians[0], $0.1, $0.1 / cpuMedians[0])
        }
        print(
            "  " + tag.padding(toLength: 8, withPad: " ", startingAt: 0) + cells.joined(separator: "   ")
                + String(format: "   (hello-world %.1f ms, CPU %.1f ms)", medians[0], cpuMedians[0]))
    }
    let worst = ratios.max { $0.ratio < $1.ratio }!
    let median = ratios.map(\.ratio).sorted()[ratios.count / 2]
    return Row(
        benchmark: "startup",
        figure: String(format: "lint 1 draft: median %.2f×, worst %.2f× (%@)", median, worst.ratio, worst.market),
        baseline: String(format: "hello-world: %.1f ms", helloMedians.sorted()[helloMedians.count / 2]),
        target: "≤ 2× hello-world, every market")
}

/// The floor under every command: `tactful --version` (the binary's own loading and start-up, its shared libraries
/// included: ICU, Foundation, the Swift runtime) beside the hello-world, medians of interleaved runs.
func printFloor(hello: String, tactful: String, runs: Int) throws {
    var hellos: [Double] = [], versions: [Double] = []
    for round in 0..<(runs + 2) {
        let helloRun = try measureProcess(hello, []), versionRun = try measureProcess(tactful, ["--version"])
        guard round >= 2 else { continue }  // warm-up
        hellos.append(helloRun.cpuSeconds * 1000)
        versions.append(versionRun.cpuSeconds * 1000)
    }
    let helloMedian = hellos.sorted()[hellos.count / 2], versionMedian = versions.sorted()[versions.count / 2]
    print(
        String(
            format: "  floor: `tactful --version` CPU %.1f ms, %.2f× the hello-world's %.1f ms (nothing linted)",
            versionMedian, versionMedian / helloMedian, helloMedian))
}

/// Compiles the Foundation `print` hello-world that start-up figures are measured against.
func buildHelloWorld(in folder: URL) throws -> String {
    let source = folder.appendingPathComponent("hello.swift")
    let hello = folder.appendingPathComponent("hello")
    try #"import Foundation\#nprint("hi \(Date().timeIntervalSince1970 > 0)")\#n"#.write(
        to: source, atomically: true, encoding: .utf8)
    let compile = try measureProcess("/usr/bin/env", ["swiftc", "-O", source.path, "-o", hello.path])
    guard compile.status == 0 else { throw BenchmarkError("could not build the hello-world baseline with swiftc") }
    return hello.path
}

/// Every market that has a pack of its own (`de-AT`, not `de` or `es-419`), sorted.
func startupMarketsWithPacks() throws -> [String] {
    try PackLibrary().names.filter { name in
        let parts = name.split(separator: "-")
        return parts.count == 2 && parts[1].count == 2 && parts[1].allSatisfy(\.isUppercase)
    }.sorted()
}

/// A short reply in the market's language: the first clean reply of its pack chain, most specific pack first, else
/// an English one.
func startupDraft(for tag: String) throws -> String {
    let market = try MarketResolver().resolve(tag)
    let library = try PackLibrary()
    for name in market.chain {
        if let reply = try library.pack(name)?.cleanReplies.first { return reply + "\n" }
    }
    return
        "Hi Anna,\n\nYour parcel left our warehouse this morning. Thanks again for your patience.\n\nKind regards,\nLeo\n"
}
