import Dispatch

/// Runs the whole QA pass: reads tickets streaming, evaluates them in batches on `jobs` threads, and counts the
/// replies in export order (so the report does not depend on thread timing).
public struct QARunner {
    /// The evaluator.
    public let evaluator: ReplyEvaluator
    /// Threads evaluating tickets.
    public let jobs: Int
    /// Tickets per batch: bounds memory (a batch is all that is held) and keeps threads busy.
    public var batchSize = 256

    /// A runner evaluating with `evaluator` on `jobs` threads.
    public init(evaluator: ReplyEvaluator, jobs: Int) {
        self.evaluator = evaluator
        self.jobs = max(1, jobs)
    }

    /// What a run read: tickets, replies, and the records skipped.
    public struct Counts: Sendable {
        /// Tickets read, including skipped ones.
        public var tickets = 0
        /// Replies evaluated.
        public var replies = 0
        /// Records skipped.
        public var badRows = 0
        /// The first 100 skipped records.
        public var badRowSamples: [BadRow] = []

        mutating func skip(_ bad: BadRow) {
            badRows += 1
            if badRowSamples.count < 100 { badRowSamples.append(bad) }
        }
    }

    /// Reads `reader` to the end into `aggregator`; `progress` is called after each batch with the tickets read.
    ///
    /// Pipelined: while `jobs` threads evaluate one batch, this thread reads the next and counts the one before,
    /// so reading and counting (serial) overlap with linting (parallel).
    public func run(
        _ reader: inout some ExportReader, into aggregator: inout QAAggregator, progress: ((Int) -> Void)? = nil
    ) throws -> Counts {
        var counts = Counts()
        var inFlight: Evaluation?
        while true {
            var batch: [TicketThread] = []
            var ended = false
            while batch.count < batchSize {
                guard let item = try reader.next() else {
                    ended = true
                    break
                }
                switch item {
                case .ticket(let ticket): batch.append(ticket)
                case .bad(let bad):
                    counts.tickets += 1
                    counts.skip(bad)
                }
            }
            if let previous = inFlight { count(previous.results(), into: &aggregator, &counts) }
            inFlight = batch.isEmpty ? nil : Evaluation(batch, evaluator: evaluator, jobs: jobs)
            progress?(counts.tickets)
            if ended { break }
        }
        if let last = inFlight { count(last.results(), into: &aggregator, &counts) }
        progress?(counts.tickets)
        return counts
    }

    private func count(
        _ results: [Result<[ReplyEvaluation], BadRow>], into aggregator: inout QAAggregator, _ counts: inout Counts
    ) {
        for result in results {
            counts.tickets += 1
            switch result {
            case .failure(let bad): counts.skip(bad)
            case .success(let replies):
                counts.replies += replies.count
                for reply in replies { aggregator.add(reply) }
            }
        }
    }
}

/// A batch being evaluated on background threads; ``results()`` waits for it.
private final class Evaluation: @unchecked Sendable {  // slots are written once each, read after `group` is done
    private let group = DispatchGroup()
    private let slots: ResultSlots

    init(_ batch: [TicketThread], evaluator: ReplyEvaluator, jobs: Int) {
        let slots = ResultSlots(count: batch.count)
        self.slots = slots
        let workers = min(jobs, batch.count)
        for worker in 0..<workers {
            DispatchQueue.global().async(group: group) {
                for index in stride(from: worker, to: batch.count, by: workers) {
                    slots.store(evaluator.evaluate(batch[index]), at: index)
                }
            }
        }
    }

    func results() -> [Result<[ReplyEvaluation], BadRow>] {
        group.wait()
        return slots.values
    }
}

/// Result slots written by several threads, each slot by exactly one, read after they all finish.
private final class ResultSlots: @unchecked Sendable {  // disjoint writes, read after the barrier of concurrentPerform
    private let slots: UnsafeMutablePointer<Result<[ReplyEvaluation], BadRow>?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func store(_ result: Result<[ReplyEvaluation], BadRow>, at index: Int) { slots[index] = result }

    var values: [Result<[ReplyEvaluation], BadRow>] {
        (0..<count).map { slots[$0] ?? .failure(BadRow(line: 0, reason: "not evaluated")) }
    }
}
