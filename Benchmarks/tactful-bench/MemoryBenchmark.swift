import Foundation

/// Peak resident memory of `tactful lint` over a 100 MB corpus (100 files of 1 MB), beside the same process on one
/// small file: findings are streamed file by file, so memory must not grow with the corpus.
func benchmarkMemory(_ arguments: Arguments) throws -> Row {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tactful-memory-bench-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let replies = englishCorpus(replies: 2_500, phrases: ["we can't", "as I already said", "colour", "ASAP"])
    let chunk = replies.joined()
    var file = chunk
    while file.utf8.count < 1_000_000 { file += chunk }
    let data = Data(file.utf8.prefix(1_000_000))
    for index in 0..<100 { try data.write(to: folder.appendingPathComponent("corpus-\(index).txt")) }
    let small = folder.appendingPathComponent("small.txt.single")
    try Data(chunk.utf8.prefix(2_000)).write(to: small)
    let binary = tactfulBinary()
    let baseline = try measureProcess(binary, ["lint", "--market", arguments.market, "--format", "github", small.path])
    let run = try measureProcess(binary, ["lint", "--market", arguments.market, "--format", "github", folder.path])
    print("memory: tactful lint --format github over 100 files × 1 MB (market \(arguments.market))")
    print(
        String(
            format: "  100 MB corpus: %.1f s, peak RSS %.0f MB, exit %d", run.seconds, Double(run.peakBytes) / 1e6,
            run.status))
    print(String(format: "  one 2 KB file: peak RSS %.0f MB", Double(baseline.peakBytes) / 1e6))
    return Row(
        benchmark: "memory",
        figure: String(format: "%.0f MB peak on 100 MB (%.0f s)", Double(run.peakBytes) / 1e6, run.seconds),
        baseline: String(format: "one small file: %.0f MB", Double(baseline.peakBytes) / 1e6), target: "< 200 MB peak")
}

/// Time, CPU and peak resident memory of `tactful lint` on one file just under the 16 MiB input limit, on one line
/// that repeats a refusal (a finding every 29 bytes, about 580,000 in all before the per-rule cap), beside the same
/// process on one small file with the same sentence.
func benchmarkHugeFile(_ arguments: Arguments) throws -> Row {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tactful-huge-bench-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let sentence = "We cannot refund your order. "
    let huge = folder.appendingPathComponent("huge.txt"), small = folder.appendingPathComponent("small.txt")
    try Data(String(repeating: sentence, count: (16 << 20) / sentence.utf8.count - 1).utf8).write(to: huge)
    try Data(sentence.utf8).write(to: small)
    let binary = tactfulBinary()
    let lint = ["lint", "--market", "en-US", "--format", "json"]
    let baseline = try measureProcess(binary, lint + [small.path])
    var best: (seconds: Double, peakBytes: Int, status: Int32, cpuSeconds: Double)?
    for _ in 0..<3 {
        let run = try measureProcess(binary, lint + [huge.path])
        if best.map({ run.cpuSeconds < $0.cpuSeconds }) ?? true { best = run }
    }
    let run = best!
    print("huge: tactful lint --format json on one 16 MiB line repeating a refusal (best of 3 by CPU)")
    print(
        String(
            format: "  16 MiB file: %.1f s wall, %.1f s CPU, peak RSS %.0f MB, exit %d", run.seconds, run.cpuSeconds,
            Double(run.peakBytes) / 1e6, run.status))
    print(
        String(
            format: "  one sentence: %.2f s CPU, peak RSS %.0f MB", baseline.cpuSeconds,
            Double(baseline.peakBytes) / 1e6))
    return Row(
        benchmark: "huge",
        figure: String(format: "%.1f s CPU, %.0f MB peak on 16 MiB", run.cpuSeconds, Double(run.peakBytes) / 1e6),
        baseline: String(format: "one sentence: %.0f MB", Double(baseline.peakBytes) / 1e6),
        target: "< 10 s and < 200 MB")
}
