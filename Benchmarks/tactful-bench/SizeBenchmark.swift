import Foundation

/// A whole `tactful size …` process, start to exit, median of repeated runs, beside a Foundation `print` hello-world
/// built with the same toolchain (the cost of starting any Swift program here).
func benchmarkSize(_ arguments: Arguments) throws -> Row {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tactful-size-bench-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let hello = try buildHelloWorld(in: folder)
    let binary = tactfulBinary()
    let commands: [(String, String, [String])] = [
        ("hello-world (baseline)", hello, []),
        ("tactful size 42 EU→US", binary, ["size", "42", "--from", "EU", "--to", "US", "--category", "shoes-men"]),
        (
            "… --market de-DE --format json", binary,
            [
                "size", "42", "--from", "EU", "--to", "US", "--category", "shoes-men", "--market", "de-DE", "--format",
                "json",
            ]
        ),
        ("tactful size --measure 26.5cm", binary, ["size", "--measure", "26.5cm", "--category", "shoes-men"]),
    ]
    var medians: [Double] = []
    print("size: whole-process time, median of 40 runs after 5 warm-ups")
    for (name, executable, arguments) in commands {
        for _ in 0..<5 { _ = try measureProcess(executable, arguments) }
        let times = try (0..<40).map { _ in try measureProcess(executable, arguments).seconds }.sorted()
        let median = times[times.count / 2] * 1000
        medians.append(median)
        print("  " + name.padding(toLength: 34, withPad: " ", startingAt: 0) + String(format: "%6.1f ms", median))
    }
    return Row(
        benchmark: "size", figure: String(format: "%.1f ms median (%.1f with --market)", medians[1], medians[2]),
        baseline: String(format: "hello-world: %.1f ms", medians[0]), target: "< 20 ms median")
}

/// A benchmark could not run.
struct BenchmarkError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
