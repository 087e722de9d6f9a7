import Foundation
import Synchronization

/// Work on a list spread over several threads, handed on in the list's order: `tactful lint --jobs N` lints N
/// drafts at once and still prints them in the order given.
enum OrderedParallel {
    /// How many inputs per job may be claimed ahead of the last output handed on. Enough for a worker to keep busy
    /// through a scheduler slice or two in which the calling thread, which hands outputs on, is not running (on a
    /// shared machine, with eight per job, the worker stopped for room about 70 times a run); few enough that the
    /// outputs waiting stay small (a rendered report part each).
    static let lookaheadPerJob = 64

    /// Runs `work` on up to `jobs` inputs at a time and calls `body` with each input and its output in input order,
    /// as soon as that output and all before it are ready. Workers run at most `jobs × lookaheadPerJob` inputs ahead
    /// of the last output handed on, so that memory holds a bounded number of outputs, and never wait for each other
    /// (a long draft holds up the printing, not the other workers). The calling thread is one of the `jobs`: while the
    /// next output is not ready it works on an input itself instead of sleeping, so `jobs` threads share the cores
    /// (a separate taker thread made three threads take turns on two cores, switching about twice per draft). The
    /// first failure, in input order, is thrown once the outputs before it have been handed on (as a loop would); no
    /// work runs after `forEach` returns. One job is a plain loop.
    static func forEach<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], jobs: Int, work: @escaping @Sendable (Input) throws -> Output,
        body: (Input, Output) throws -> Void
    ) throws {
        guard jobs > 1, inputs.count > 1 else {
            for input in inputs { try body(input, try work(input)) }
            return
        }
        let handout = Handout<Output>(count: inputs.count, lookahead: jobs * lookaheadPerJob)
        let workers = min(jobs - 1, inputs.count)
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
            let output = handout.take(index) { other in handout.complete(other, Result { try work(inputs[other]) }) }
            try body(input, try output.get())
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

    /// The next input to work on if one may be claimed right now, without waiting; nil otherwise.
    private func claimNow() -> Int? {
        guard room.wait(timeout: .now()) == .success else { return nil }
        guard !cancelled.load(ordering: .acquiring) else { return nil }
        let index = nextToClaim.wrappingAdd(1, ordering: .relaxed).oldValue
        return index < slots.count ? index : nil
    }

    /// Records the output of input `index`.
    func complete(_ index: Int, _ output: Result<Output, any Error>) { slots[index].fill(output) }

    /// The output of input `index` (the taker asks in order), removed, letting one more input be claimed. Until it
    /// is ready the taker works on inputs it claims (`help`); it waits only when none can be claimed, and then
    /// `index` is being worked on.
    func take(_ index: Int, help: (Int) -> Void) -> Result<Output, any Error> {
        while !slots[index].isReady, let other = claimNow() { help(other) }
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
    private let ready = Atomic<Bool>(false)

    /// True once the output is written (the taker then takes it without waiting).
    var isReady: Bool { ready.load(ordering: .acquiring) }

    func fill(_ output: Result<Output, any Error>) {
        self.output = output
        ready.store(true, ordering: .releasing)
        filled.signal()
    }

    /// Waits for the output, then lets it go.
    func empty() -> Result<Output, any Error> {
        filled.wait()
        defer { output = nil }
        return output!
    }
}
