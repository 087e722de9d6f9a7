import Foundation
import Synchronization

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
        let handout = Handout<Output>(count: inputs.count, lookahead: jobs * 8)
        let workers = min(jobs, inputs.count)
        let finished = DispatchSemaphore(value: 0)
        for _ in 0..<workers {
            let thread = Thread {
                while let index = handout.claim() { handout.complete(index, Result { try work(inputs[index]) }) }
                finished.signal()
            }
            thread.stackSize = 8 << 20  // as the main thread's: deep regexes and ICU calls
            thread.start()
        }
        defer {
            handout.cancel(workers: workers)
            for _ in 0..<workers { finished.wait() }
        }
        for (index, input) in inputs.enumerated() {
            try body(input, try handout.take(index).get())
        }
    }
}

/// The shared state of ``OrderedParallel`` without a shared lock: workers claim inputs from an atomic counter
/// once the taker has made room, and each output has its own slot, so that finishing one wakes only the taker, and
/// only when it waits for that very output.
private final class Handout<Output>: @unchecked Sendable {  // each slot is filled by one worker, then taken once
    private let nextToClaim = Atomic<Int>(0)
    private let cancelled = Atomic<Bool>(false)
    /// One permit per input that may be claimed: `lookahead` at the start, one more per output taken.
    private let room = DispatchSemaphore(value: 0)
    private let slots: [Slot<Output>]

    init(count: Int, lookahead: Int) {
        slots = (0..<count).map { _ in Slot() }
        // Counted up from zero: a semaphore freed below its starting value is an error in libdispatch.
        for _ in 0..<lookahead { room.signal() }
    }

    /// The next input to work on, once it is within the lookahead of the taker; nil when none is left or the run
    /// is cancelled.
    func claim() -> Int? {
        room.wait()
        guard !cancelled.load(ordering: .acquiring) else { return nil }
        let index = nextToClaim.wrappingAdd(1, ordering: .relaxed).oldValue
        return index < slots.count ? index : nil
    }

    /// Records the output of input `index`.
    func complete(_ index: Int, _ output: Result<Output, any Error>) { slots[index].fill(output) }

    /// Waits for the output of input `index` (the taker asks in order), removes it and lets one more input be
    /// claimed.
    func take(_ index: Int) -> Result<Output, any Error> {
        let output = slots[index].empty()
        room.signal()
        return output
    }

    /// Stops handing out inputs (after a failure, or at the end) and wakes the `workers` that wait for room.
    func cancel(workers: Int) {
        cancelled.store(true, ordering: .releasing)
        for _ in 0..<workers { room.signal() }
    }
}

/// One input's output, written by the worker that claimed it and read by the taker after it is signalled.
private final class Slot<Output>: @unchecked Sendable {  // `output` is written before `filled` is signalled
    private var output: Result<Output, any Error>?
    private let filled = DispatchSemaphore(value: 0)

    func fill(_ output: Result<Output, any Error>) {
        self.output = output
        filled.signal()
    }

    /// Waits for the output, then lets it go.
    func empty() -> Result<Output, any Error> {
        filled.wait()
        defer { output = nil }
        return output!
    }
}
