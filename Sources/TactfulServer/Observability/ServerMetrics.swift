import Foundation

/// The service's counters, served at `/metrics` in the Prometheus text exposition format (version 0.0.4):
/// requests by route, method and status; latencies by route as a histogram; requests in flight; lint requests by
/// market and findings by category. Labels only take bounded values (known routes, markets with packs,
/// the fixed category vocabulary). Thread-safe.
public final class ServerMetrics: @unchecked Sendable {  // mutable state is guarded by `lock`
    /// Upper bounds of the latency buckets, in seconds.
    public static let latencyBuckets: [Double] = [
        0.0005, 0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5,
    ]

    private struct Histogram {
        var counts = [Int](repeating: 0, count: ServerMetrics.latencyBuckets.count)
        var sum = 0.0
        var count = 0
    }

    private let lock = NSLock()
    private var requests: [String: Int] = [:]
    private var latencies: [String: Histogram] = [:]
    private var inFlight = 0
    private var lintTexts: [String: Int] = [:]
    private var findings: [String: Int] = [:]

    /// Empty counters.
    public init() {}

    /// A request started.
    func started() { lock.withLock { inFlight += 1 } }

    /// A request finished with `status` after `seconds`.
    func finished(route: String, method: String, status: Int, seconds: Double) {
        lock.withLock {
            inFlight -= 1
            requests[#"route="\#(route)",method="\#(method)",status="\#(status)""#, default: 0] += 1
            var histogram = latencies[route] ?? Histogram()
            for (index, bound) in Self.latencyBuckets.enumerated() where seconds <= bound {
                histogram.counts[index] += 1
            }
            histogram.sum += seconds
            histogram.count += 1
            latencies[route] = histogram
        }
    }

    /// A draft was linted for `market` with findings in these categories.
    func linted(market: String, categories: [String: Int]) {
        lock.withLock {
            lintTexts[market, default: 0] += 1
            for (category, count) in categories { findings[category, default: 0] += count }
        }
    }

    /// The Prometheus text exposition of every counter.
    public func exposition() -> String {
        lock.withLock {
            var lines: [String] = []
            lines += [
                "# HELP tactful_http_requests_total HTTP requests answered, by route, method and status.",
                "# TYPE tactful_http_requests_total counter",
            ]
            lines += requests.keys.sorted().map { "tactful_http_requests_total{\($0)} \(requests[$0] ?? 0)" }
            lines += [
                "# HELP tactful_http_request_duration_seconds Time from request to response, by route.",
                "# TYPE tactful_http_request_duration_seconds histogram",
            ]
            for route in latencies.keys.sorted() {
                guard let histogram = latencies[route] else { continue }
                for (index, bound) in Self.latencyBuckets.enumerated() {
                    lines.append(
                        #"tactful_http_request_duration_seconds_bucket{route="\#(route)",le="\#(bound)"} \#(histogram.counts[index])"#
                    )
                }
                lines.append(
                    #"tactful_http_request_duration_seconds_bucket{route="\#(route)",le="+Inf"} \#(histogram.count)"#)
                lines.append(#"tactful_http_request_duration_seconds_sum{route="\#(route)"} \#(histogram.sum)"#)
                lines.append(#"tactful_http_request_duration_seconds_count{route="\#(route)"} \#(histogram.count)"#)
            }
            lines += [
                "# HELP tactful_http_requests_in_flight HTTP requests being answered now.",
                "# TYPE tactful_http_requests_in_flight gauge", "tactful_http_requests_in_flight \(inFlight)",
            ]
            lines += [
                "# HELP tactful_lint_requests_total Drafts linted, by market.",
                "# TYPE tactful_lint_requests_total counter",
            ]
            lines += lintTexts.keys.sorted().map {
                #"tactful_lint_requests_total{market="\#($0)"} \#(lintTexts[$0] ?? 0)"#
            }
            lines += [
                "# HELP tactful_lint_findings_total Findings reported, by category.",
                "# TYPE tactful_lint_findings_total counter",
            ]
            lines += findings.keys.sorted().map {
                #"tactful_lint_findings_total{category="\#($0)"} \#(findings[$0] ?? 0)"#
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}
