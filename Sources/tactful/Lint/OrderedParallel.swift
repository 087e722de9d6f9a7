import Foundation

/// Work on a list spread over several threads, handed on in the list's order: `tactful lint --jobs N` lints N
/// drafts at once and still prints them in the order given.
enum OrderedParallel {
    /// Runs `work` on up to `jobs` inputs at a time and calls `body` with each input and its output in input order,
    /// as soon as that output and all before it are ready. Workers run at most `jobs × 8` inputs ahead of the
    /// last output handed on, so that memory holds a bounded number of outputs, and never wait for each other (a
    /// long draft holds up the printing, not the other workers). The first failure, in input order, is thrown once
    /// the outputs before it have been handed on (as a loop would); no work runs after `forEach` returns. One job
    /// is a plain loop.
    static func forEach<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], jobs: Int, work: @escaping @Sendable (Input) throws -> Output,
        body: (Input, Output) throws -> Void
    ) throws {
        guard jobs > 1, inputs.count > 1 else {
            for input in inputs { try body(input, try work(input)) }
            return
        }
        let queue = OrderedQueue<Output>(count: inputs.count, lookahead: jobs * 8)
        let workers = min(jobs, inputs.count)
        let finished = DispatchSemaphore(value: 0)
        for _ in 0..<workers {
            let thread = Thread {
                while let index = queue.claim() { queue.complete(index, Result { try work(inputs[index]) }) }
                finished.signal()
            }
            thread.stackSize = 8 << 20  // as the main thread's: deep regexes and ICU calls
            thread.start()
        }
        defer {
            queue.cancel()
            for _ in 0..<workers { finished.wait() }
        }
        for (index, input) in inputs.enumerated() {
            try body(input, try queue.take(index).get())
        }
    }
}

/// The shared state of ``OrderedParallel``: which input is next to claim, the outputs not yet taken, and how far
/// the taker has got; one condition guards it all.
private final class OrderedQueue<Output>: @unchecked Sendable {  // all state is guarded by `condition`
    private let condition = NSCondition()
    private let count: Int
    private let lookahead: Int
    private var nextToClaim = 0
    private var taken = 0
    private var cancelled = false
    private var outputs: [Int: Result<Output, any Error>] = [:]

    init(count: Int, lookahead: Int) {
        self.count = count
        self.lookahead = lookahead
    }

    /// The next input to work on, once it is within `lookahead` of the taker; nil when none is left or the run is
    /// cancelled.
    func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !cancelled, nextToClaim < count, nextToClaim >= taken + lookahead { condition.wait() }
        guard !cancelled, nextToClaim < count else { return nil }
        nextToClaim += 1
        return nextToClaim - 1
    }

    /// Records the output of input `index`.
    func complete(_ index: Int, _ output: Result<Output, any Error>) {
        condition.lock()
        outputs[index] = output
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for the output of input `index` (the taker asks in order) and removes it.
    func take(_ index: Int) -> Result<Output, any Error> {
        condition.lock()
        defer { condition.unlock() }
        while outputs[index] == nil { condition.wait() }
        taken = index + 1
        condition.broadcast()
        return outputs.removeValue(forKey: index)!
    }

    /// Stops handing out inputs (after a failure, or at the end).
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
