import Dispatch

/// Work on a list spread over several threads, handed on in the list's order: `tactful lint --jobs N` lints N
/// drafts at once and still prints them in the order given.
enum OrderedParallel {
    /// Runs `work` on up to `jobs` inputs at a time and calls `body` with each input and its output in input order,
    /// a window of `jobs × 4` inputs at a time, so that memory holds one window. The first failure, in input order,
    /// is thrown once the outputs before it have been handed on (as a loop would). One job is a plain loop.
    static func forEach<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], jobs: Int, work: @escaping @Sendable (Input) throws -> Output,
        body: (Input, Output) throws -> Void
    ) throws {
        guard jobs > 1, inputs.count > 1 else {
            for input in inputs { try body(input, try work(input)) }
            return
        }
        let window = jobs * 4
        var start = 0
        while start < inputs.count {
            let slice = Array(inputs[start..<min(start + window, inputs.count)])
            var outputs = [Result<Output, any Error>?](repeating: nil, count: slice.count)
            outputs.withUnsafeMutableBufferPointer { slots in
                nonisolated(unsafe) let slots = slots  // each index is written by exactly one iteration
                DispatchQueue.concurrentPerform(iterations: slice.count) { index in
                    slots[index] = Result { try work(slice[index]) }
                }
            }
            for (input, output) in zip(slice, outputs) {
                guard let output else { continue }
                try body(input, try output.get())
            }
            start += window
        }
    }
}
