import Foundation
import TactfulLint

/// `tactful-bench qa`: the release `tactful qa` over a generated export of `--qa-replies` replies (default 100,000) as
/// a child process — wall time, CPU time and peak memory — beside the lint throughput of the same replies measured
/// in this process in the same run (one thread, CPU time): what QA adds on top of linting (reading, the business
/// clock, language detection, aggregation) shows as the difference. The export comes from
/// Scripts/qa-export-generator.py (seeded), or `--qa-export FILE` (generic JSONL).
func benchmarkQA(_ arguments: Arguments) throws -> Row {
    let replies = arguments.qaReplies
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tactful-qa-bench-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let export = try arguments.qaExport ?? generateExport(replies: replies, into: folder)
    let schedule = folder.appendingPathComponent("team.yml")
    try """
    timezone: Asia/Shanghai
    hours: {mon: ["09:00-18:00"], tue: ["09:00-18:00"], wed: ["09:00-18:00"], thu: ["09:00-18:00"], fri: ["09:00-18:00"], sat: ["10:00-16:00"]}
    holidays: CN
    """.write(to: schedule, atomically: true, encoding: .utf8)
    let report = folder.appendingPathComponent("qa.json")
    let run = try measureProcess(
        tactfulBinary(), ["qa", export, "--schedule", schedule.path, "--output", report.path, "--jobs", "2"])
    guard run.status == 0 else { throw BenchmarkError("tactful qa exited \(run.status)") }
    let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: report)) as? [String: Any]
    let input = summary?["input"] as? [String: Any]
    let evaluated = input?["replies"] as? Int ?? 0
    let lint = try lintThroughput(export: export, limit: 20_000)
    let qaRate = Double(evaluated) / run.seconds
    print(
        "tactful qa on \(evaluated) replies (\(input?["tickets"] as? Int ?? 0) tickets), --jobs 2, \(ProcessInfo.processInfo.activeProcessorCount) cores"
    )
    print(
        String(
            format: "  tactful qa                  %7.2f s wall  %7.2f s CPU   peak RSS %6.1f MB", run.seconds,
            run.cpuSeconds, Double(run.peakBytes) / 1e6))
    print(
        String(
            format: "  throughput                  %7.0f replies/s (wall), %.0f µs CPU per reply", qaRate,
            run.cpuSeconds / Double(max(evaluated, 1)) * 1e6))
    print(
        String(
            format: "  baseline: lint alone        %7.0f replies/s per core (%d replies, CPU time), %.0f µs per reply",
            Double(lint.replies) / lint.cpu, lint.replies, lint.cpu / Double(max(lint.replies, 1)) * 1e6))
    return Row(
        benchmark: "qa",
        figure: String(
            format: "%.1f s, %.0f MB peak (%d replies)", run.seconds, Double(run.peakBytes) / 1e6, evaluated),
        baseline: String(format: "lint alone: %.0f replies/s/core", Double(lint.replies) / lint.cpu),
        target: "< 60 s, < 500 MB (100k)")
}

/// Writes the seeded export with Scripts/qa-export-generator.py (1.7 replies per ticket on average).
private func generateExport(replies: Int, into folder: URL) throws -> String {
    let path = folder.appendingPathComponent("export.jsonl").path
    let tickets = Int((Double(replies) / 1.7).rounded(.up))
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
        "python3", "Scripts/qa-export-generator.py", "--tickets", String(tickets), "--seed", "7", "--out", path,
    ]
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw BenchmarkError("Scripts/qa-export-generator.py failed (run tactful-bench from the repository root)")
    }
    return path
}

/// Lints the first `limit` replies of a generic JSONL export for their markets on one thread: CPU seconds.
private func lintThroughput(export: String, limit: Int) throws -> (replies: Int, cpu: Double) {
    let cache = try LinterCache(config: LintConfig())
    var drafts: [(Linter, Channel, String)] = []
    let text = try String(contentsOfFile: export, encoding: .utf8)
    for line in text.split(separator: "\n").prefix(limit) {
        guard let row = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
            let reply = row["text"] as? String
        else { continue }
        let locale = (row["customer_locale"] as? String).flatMap { $0.isEmpty ? nil : $0 } ?? "en-US"
        let channel: Channel =
            row["channel"] as? String == "chat" ? .chat : row["channel"] as? String == "social" ? .social : .email
        drafts.append((try cache.linter(for: locale), channel, reply))
    }
    for (linter, channel, reply) in drafts.prefix(200) { _ = try linter.lint(reply, channel: channel) }  // warm up
    let cpu = try cpuSeconds {
        for (linter, channel, reply) in drafts { _ = try linter.lint(reply, channel: channel) }
    }
    return (drafts.count, cpu)
}
