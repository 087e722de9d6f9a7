// Benchmark: BusinessClock.due() computations per second over a year-long horizon, on a Shenzhen team schedule
// with China's holidays and make-up workdays (调休). Baseline: the same calls on a schedule with no holidays
// (the cost the holiday calendar adds); target: issue #5's 200,000 due() per second on one core.
import Foundation
import TactfulTime

private let holidayYAML = """
    timezone: Asia/Shanghai
    hours:
      mon: ["09:00-12:00", "13:00-18:00"]
      tue: ["09:00-12:00", "13:00-18:00"]
      wed: ["09:00-12:00", "13:00-18:00"]
      thu: ["09:00-12:00", "13:00-18:00"]
      fri: ["09:00-12:00", "13:00-18:00"]
    holidays: CN
    workday: ["09:00-18:00"]
    """

private func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func benchmarkClock(_ arguments: Arguments) throws -> Row {
    let withHolidays = try measureDue(holidayYAML)
    let plain = try measureDue(
        holidayYAML.replacingOccurrences(of: "holidays: CN\n", with: "").replacingOccurrences(
            of: "workday: [\"09:00-18:00\"]", with: ""))
    print(String(format: "  baseline without holidays: %.0f due()/s", plain))
    return Row(
        benchmark: "clock", figure: String(format: "%.0f due()/s (CN holidays)", withHolidays),
        baseline: String(format: "no holidays: %.0f due()/s", plain), target: "≥ 200,000 due()/s")
}

private func measureDue(_ yaml: String) throws -> Double {
    let clock = BusinessClock(schedule: try Schedule(yaml: yaml, path: "bench.yml"))
    let yearStart = try ISO8601.parse("2026-01-01T00:00:00+08:00").timeIntervalSince1970
    let timer = ContinuousClock()

    // Cold: the first query expands 2025–2027 (holiday rules, lunar dates, time-zone resolution).
    let cold = try timer.measure { _ = try clock.due(from: Date(timeIntervalSince1970: yearStart), target: 3600) }

    // Starts anywhere in 2026 on whole minutes; targets from one minute to a year of business time (2,000 h),
    // so answers reach into 2027.
    var generator = SplitMix64(state: 5)
    let count = 1_000_000
    let starts = (0..<count).map { _ in yearStart + Double(Int.random(in: 0..<525_600, using: &generator) * 60) }
    let targets = (0..<count).map { _ in Double(Int.random(in: 1...120_000, using: &generator) * 60) }
    _ = try clock.due(from: Date(timeIntervalSince1970: yearStart), target: 2_000 * 3600)  // expand 2027 before timing

    var checksum = 0.0
    let warm = try timer.measure {
        for index in 0..<count {
            checksum += try clock.due(from: Date(timeIntervalSince1970: starts[index]), target: targets[index])
                .timeIntervalSince1970
        }
    }
    let rate = Double(count) / seconds(warm)
    print(
        "clock: BusinessClock.due(), Shenzhen schedule\(yaml.contains("holidays") ? ", holidays: CN" : ""), year-long horizon"
    )
    print(String(format: "  cold first call (expands 2025–2027): %.2f ms", seconds(cold) * 1000))
    print(
        String(
            format: "  %d calls in %.3f s: %.0f due()/s, %.0f ns per call (one core)", count, seconds(warm), rate,
            seconds(warm) / Double(count) * 1e9))
    print(
        String(
            format: "  baseline (issue #5 target): 200000 due()/s → %.1f× %@", rate / 200_000,
            rate >= 200_000 ? "met" : "NOT met"))
    print(String(format: "  checksum %.0f", checksum))
    return rate
}
