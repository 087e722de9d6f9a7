/// A schedule's open time over a run of local years, as sorted, merged intervals of absolute instants
/// (seconds since 1970-01-01T00:00Z) with running totals, so that every query is a binary search.
struct OpenTimeline: Sendable {
    /// Interval starts, ascending.
    private(set) var starts: [Double] = []
    /// Interval ends; `ends[i] < starts[i + 1]` (touching intervals are merged).
    private(set) var ends: [Double] = []
    /// `cumulative[i]`: open seconds in intervals `0 ..< i`; one longer than `starts`.
    private(set) var cumulative: [Double] = [0]
    /// The first and last local years whose days contributed intervals.
    let years: ClosedRange<Int>?
    /// The instants between which the timeline holds all open time: [coveredFrom, coveredUntil).
    let coveredFrom: Double, coveredUntil: Double

    /// An empty timeline that covers nothing.
    init() {
        years = nil
        coveredFrom = .infinity
        coveredUntil = -.infinity
    }

    /// A timeline from intervals in any order; overlapping and touching ones are merged.
    init(intervals: [(start: Double, end: Double)], years: ClosedRange<Int>, coveredFrom: Double, coveredUntil: Double)
    {
        self.years = years
        self.coveredFrom = coveredFrom
        self.coveredUntil = coveredUntil
        for interval in intervals.sorted(by: { $0.start < $1.start }) {
            if let last = ends.last, interval.start <= last {
                ends[ends.count - 1] = max(last, interval.end)
            } else {
                starts.append(interval.start)
                ends.append(interval.end)
            }
        }
        for index in starts.indices { cumulative.append(cumulative[index] + ends[index] - starts[index]) }
    }

    /// True when all open time around `instant` is known.
    func covers(_ instant: Double) -> Bool { instant >= coveredFrom && instant < coveredUntil }

    /// Open seconds before `instant` (from the timeline's first interval).
    func openTime(before instant: Double) -> Double {
        let index = lastStart(atOrBefore: instant)
        guard index >= 0 else { return 0 }
        return cumulative[index] + min(instant, ends[index]) - starts[index]
    }

    /// True when `instant` lies in an open interval.
    func isOpen(at instant: Double) -> Bool {
        let index = lastStart(atOrBefore: instant)
        return index >= 0 && instant < ends[index]
    }

    /// The end of the open interval containing `instant`, or nil when closed then.
    func closing(after instant: Double) -> Double? {
        let index = lastStart(atOrBefore: instant)
        return index >= 0 && instant < ends[index] ? ends[index] : nil
    }

    /// `instant` when open, else the next interval start; nil when the timeline has none (or only beyond coverage).
    func nextOpen(at instant: Double) -> Double? {
        let index = lastStart(atOrBefore: instant)
        if index >= 0 && instant < ends[index] { return instant }
        let next = index + 1
        return next < starts.count && starts[next] <= coveredUntil ? starts[next] : nil
    }

    /// The earliest instant at which open time since `from` reaches `target` (> 0) seconds; nil when that lies
    /// beyond the covered range.
    func due(from: Double, target: Double) -> Double? {
        let goal = openTime(before: from) + target
        // The first interval whose running total at its end reaches the goal.
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle + 1] >= goal { high = middle } else { low = middle + 1 }
        }
        guard low < starts.count else { return nil }
        let due = starts[low] + (goal - cumulative[low])
        return due <= coveredUntil ? due : nil
    }

    /// The index of the last interval starting at or before `instant`, or -1.
    private func lastStart(atOrBefore instant: Double) -> Int {
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= instant { low = middle + 1 } else { high = middle }
        }
        return low - 1
    }
}
