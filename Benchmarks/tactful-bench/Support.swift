import Foundation

/// A deterministic generator (SplitMix64), so every run lints the same corpus.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
}

/// CPU seconds this thread spends in `work`: on a shared machine, unlike wall time, not inflated by other
/// processes taking the core.
func cpuSeconds(_ work: () throws -> Void) rethrows -> Double {
    var start = timespec(), end = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start)
    try work()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end)
    return Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
}

func seconds(_ work: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Runs a child process (output discarded) and returns its wall time, peak resident memory (bytes), exit
/// status and CPU time (user + system). Spawned with posix_spawn and reaped with wait4 here, so the child's rusage is this process's to read.
func measureProcess(_ executable: String, _ arguments: [String]) throws
    -> (seconds: Double, peakBytes: Int, status: Int32, cpuSeconds: Double)
{
    try measureProcesses(executable, arguments, copies: 1)
}

/// Runs `copies` of a child process at once (output discarded) and returns the wall time until the last one
/// exits, the largest peak resident memory (bytes), the worst exit status and the CPU time of all of them.
func measureProcesses(_ executable: String, _ arguments: [String], copies: Int) throws
    -> (seconds: Double, peakBytes: Int, status: Int32, cpuSeconds: Double)
{
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let start = DispatchTime.now().uptimeNanoseconds
    var pids: [pid_t] = []
    for _ in 0..<copies {
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { throw BenchmarkError("cannot start \(executable): error \(spawned)") }
        pids.append(pid)
    }
    var (peak, worst, cpu): (Int, Int32, Double) = (0, 0, 0)
    for pid in pids {
        var status: Int32 = 0
        var usage = rusage()
        guard wait4(pid, &status, 0, &usage) == pid else {
            throw BenchmarkError("lost the child process of \(executable)")
        }
        peak = max(peak, usage.ru_maxrss * 1024)
        worst = max(worst, (status >> 8) & 0xFF)
        cpu +=
            Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
    return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, peak, worst, cpu)
}

/// The release `tactful` binary beside this benchmark.
func tactfulBinary() -> String {
    let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    return folder.appendingPathComponent("tactful").path
}
