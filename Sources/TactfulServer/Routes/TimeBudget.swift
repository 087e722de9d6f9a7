import Foundation

/// The per-request time budget: a route's computation runs on a dispatch queue, and when it is still running after
/// the budget the request is answered 503 with a JSON error instead of holding the client until a load balancer
/// gives up. The computation cannot be interrupted; it finishes in the background and its result is dropped.
struct TimeBudget: Sendable {
    /// How long one computation may take.
    let limit: Duration

    /// The result of `work`, or a 503 ``APIError`` when the budget runs out first.
    func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        let race = Race<T>()
        return try await withCheckedThrowingContinuation { continuation in
            race.continuation = continuation
            let timer = Task { [limit] in
                do { try await Task.sleep(for: limit) } catch { return }
                race.finish(
                    .failure(
                        APIError(
                            .serviceUnavailable, "the request took longer than the service's time budget of \(limit)")))
            }
            // Off the cooperative pool, so that the timer still fires while every pool thread is busy.
            DispatchQueue.global(qos: .userInitiated).async {
                let result = Result { try work() }
                timer.cancel()
                race.finish(result)
            }
        }
    }

    /// Resumes the continuation once, with whichever result comes first.
    private final class Race<T: Sendable>: @unchecked Sendable {  // state is guarded by `lock`
        private let lock = NSLock()
        private var pending: CheckedContinuation<T, any Error>?
        var continuation: CheckedContinuation<T, any Error>? {
            get { lock.withLock { pending } }
            set { lock.withLock { pending = newValue } }
        }

        func finish(_ result: Result<T, any Error>) {
            let waiting = lock.withLock { () -> CheckedContinuation<T, any Error>? in
                defer { pending = nil }
                return pending
            }
            waiting?.resume(with: result)
        }
    }
}
