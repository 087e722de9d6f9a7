import Foundation
import Synchronization
import TactfulLint
import TactfulMarkets

/// `tactful lint DIR` with `--jobs 1` and `--jobs 2` on a folder of drafts from the `examples` corpus (each market's
/// own language) for several markets, mapped by a `.tactful.yml`: best-of-N wall and CPU time of the whole process,
/// and the speed-up of two jobs over one. Runs alternate (1, 2, 1, 2…) so that a busy spell on the shared machine
/// hits both; the CPU times show how much of the wall time the process had the cores. `--compare` adds a second
/// build's `tactful` to the same rounds. Each round also runs two `--jobs 1` processes at once: sharing nothing,
/// they show how much two cores give this very work (two vCPUs may share one core's caches and units, which the
/// spinning threads, latency-bound arithmetic, do not feel), the most `--jobs 2` can reach.
func benchmarkJobs(_ arguments: Arguments) throws -> Row {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tactful-jobs-bench-\(getpid())")
    defer { try? FileManager.default.removeItem(at: folder) }
    let (files, bytes) = try writeDraftFolder(folder, markets: arguments.jobsMarkets, drafts: arguments.drafts)
    // `--compare OTHER-BUILD/tactful` times a second build (e.g. main's) in the same rounds.
    let binaries = [tactfulBinary()] + (arguments.compareBinary.map { [$0] } ?? [])
    let command = ["lint", folder.path, "--format", "json"]
    var best: [String: (wall: Double, cpu: Double)] = [:]
    var statuses: Set<Int32> = []
    var twoProcesses = Double.infinity
    for _ in 0..<arguments.jobsRuns {
        let both = try measureProcesses(binaries[0], command + ["--jobs", "1"], copies: 2)
        statuses.insert(both.status)
        twoProcesses = min(twoProcesses, both.seconds)
        for binary in binaries {
            for jobs in [1, 2] {
                let run = try measureProcess(binary, command + ["--jobs", "\(jobs)"])
                statuses.insert(run.status)
                let known = best["\(binary) \(jobs)"] ?? (.infinity, .infinity)
                best["\(binary) \(jobs)"] = (min(known.wall, run.seconds), min(known.cpu, run.cpuSeconds))
            }
        }
    }
    guard statuses.isSubset(of: [0, 1]) else {
        throw BenchmarkError("tactful lint failed on the generated drafts (exit \(statuses.sorted()))")
    }
    let markets = arguments.jobsMarkets.joined(separator: ",")
    let parallelism = availableParallelism()
    print(
        String(
            format:
                "machine now: two spinning threads do %.2f× the work of one in the same wall time (2.00 on two free cores)",
            parallelism))
    print(
        "tactful lint DIR: \(files) drafts (\(String(format: "%.1f", Double(bytes) / 1e6)) MB) for \(markets), best of \(arguments.jobsRuns), \(ProcessInfo.processInfo.activeProcessorCount) cores"
    )
    let processes = best["\(binaries[0]) 1"].map { 2 * $0.wall / twoProcesses } ?? .nan
    print(
        String(
            format:
                "two --jobs 1 processes at once: %.2f× the work of one in the same wall time (%.2f s; the ceiling for --jobs 2)",
            processes, twoProcesses))
    var figures: [(one: (wall: Double, cpu: Double), two: (wall: Double, cpu: Double))] = []
    for binary in binaries {
        guard let one = best["\(binary) 1"], let two = best["\(binary) 2"] else { continue }
        print("  \(binary)")
        print(String(format: "    --jobs 1    %6.2f s wall   %6.2f s CPU", one.wall, one.cpu))
        print(String(format: "    --jobs 2    %6.2f s wall   %6.2f s CPU", two.wall, two.cpu))
        print(String(format: "    speed-up    %6.2f×  (wall, --jobs 1 / --jobs 2)", one.wall / two.wall))
        figures.append((one, two))
    }
    let (one, two) = figures[0]
    let compared =
        figures.count > 1 ? String(format: "; compared build %.2f×", figures[1].one.wall / figures[1].two.wall) : ""
    return Row(
        benchmark: "jobs",
        figure: String(format: "%.2f× on 2 jobs (%.2f s → %.2f s)", one.wall / two.wall, one.wall, two.wall),
        baseline: String(
            format: "--jobs 1: %.2f s wall, %.2f s CPU; machine %.2f×, two processes %.2f×", one.wall, one.cpu,
            parallelism, processes) + compared,
        target: "≥ 1.8× on 2 cores")
}

/// Writes `drafts` drafts spread over `markets` into `folder/<market>/`, with a `.tactful.yml` mapping each
/// folder to its market; returns how many files and bytes.
private func writeDraftFolder(_ folder: URL, markets: [String], drafts: Int) throws -> (files: Int, bytes: Int) {
    let library = try PackLibrary()
    var config = "version: 1\nmarkets:\n"
    var bytes = 0
    for (index, tag) in markets.enumerated() {
        let market = try MarketResolver().resolve(tag)
        let ruleSet = try RuleSet(market: market, library: library)
        let count = drafts / markets.count + (index < drafts % markets.count ? 1 : 0)
        let directory = folder.appendingPathComponent(tag)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (number, reply) in marketCorpus(replies: count, ruleSet: ruleSet, library: library).enumerated() {
            try reply.write(
                to: directory.appendingPathComponent(String(format: "draft-%04d.txt", number)), atomically: false,
                encoding: .utf8)
            bytes += reply.utf8.count
        }
        config += "  - {glob: \"\(tag)/**\", market: \(tag)}\n"
    }
    try config.write(to: folder.appendingPathComponent(".tactful.yml"), atomically: false, encoding: .utf8)
    return (drafts, bytes)
}

/// How much faster two threads spinning on a fixed amount of arithmetic finish than one doing it twice: what the
/// shared machine gives a two-job run at this moment (2.0 with two free cores, 1.0 with one).
private func availableParallelism() -> Double {
    @Sendable func spin(_ seed: UInt64) -> UInt64 {
        var value = seed
        for step in 0..<UInt64(60_000_000) { value = value &* 6_364_136_223_846_793_005 &+ step }
        return value
    }
    let results = Mutex<[UInt64]>([])  // kept, so that the optimizer keeps the work
    let serial = seconds { results.withLock { $0 += [spin(1), spin(2)] } }
    let done = DispatchSemaphore(value: 0)
    let parallel = seconds {
        for seed in UInt64(3)...4 {
            Thread {
                let value = spin(seed)
                results.withLock { $0.append(value) }
                done.signal()
            }.start()
        }
        done.wait()
        done.wait()
    }
    return results.withLock { $0.contains(0) } ? .nan : serial / parallel
}
