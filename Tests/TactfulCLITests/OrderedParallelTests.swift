import Foundation
import Synchronization
import Testing

@testable import tactful

/// `--jobs`: work spread over threads is handed on in input order, a failure stops the run after the outputs
/// before it, and workers stay within their lookahead of the output.
@Suite struct OrderedParallelTests {
    struct Failure: Error, Equatable { let index: Int }

    @Test(arguments: [1, 2, 4])
    func outputsComeInInputOrder(jobs: Int) throws {
        let inputs = Array(0..<200)
        var seen: [Int] = []
        try OrderedParallel.forEach(
            inputs, jobs: jobs,
            work: { index in
                usleep(UInt32((index * 7919) % 13) * 50)  // uneven work: later inputs often finish first
                return index * index
            }
        ) { input, output in
            #expect(output == input * input)
            seen.append(input)
        }
        #expect(seen == inputs)
    }

    @Test func theFirstFailureInOrderIsThrownAfterTheOutputsBeforeIt() {
        var seen: [Int] = []
        #expect(throws: Failure(index: 30)) {
            try OrderedParallel.forEach(
                Array(0..<100), jobs: 2,
                work: { index in
                    if index == 30 || index == 60 { throw Failure(index: index) }
                    return index
                }
            ) { input, _ in seen.append(input) }
        }
        #expect(seen == Array(0..<30))
    }

    @Test func workersStayWithinTheirLookahead() throws {
        let started = Mutex(0)
        var mostAhead = 0
        try OrderedParallel.forEach(
            Array(0..<(6 * OrderedParallel.lookaheadPerJob)), jobs: 2,
            work: { index in
                started.withLock { $0 = max($0, index + 1) }
                return index
            }
        ) { input, _ in
            mostAhead = max(mostAhead, started.withLock { $0 } - input)
        }
        #expect(mostAhead <= 2 * OrderedParallel.lookaheadPerJob + 1)
    }
}
