/// The automaton's sparse transitions, `(state, unit) → state`, in one open-addressed table (linear probing, at
/// most half full): no per-entry allocation and a multiply-shift hash, where a `Dictionary` hashed every key with
/// SipHash (a market's ~100,000 transitions were a third of building its rule set).
///
/// Keys are `state << 16 | unit` with `state > 0`, so the key 0 marks an empty slot.
struct TransitionTable: Sendable {
    private var keys: [UInt64]
    private var targets: [Int32]
    private var shift: UInt64
    private var count = 0

    /// An empty table (it doubles as it fills).
    init() {
        keys = [UInt64](repeating: 0, count: 16)
        targets = [Int32](repeating: 0, count: 16)
        shift = 60
    }

    /// The target of `state` on `unit`, or nil when there is none.
    func target(_ state: Int32, _ unit: UInt16) -> Int32? {
        let key = UInt64(state) << 16 | UInt64(unit)
        let mask = keys.count - 1
        var slot = Self.slot(key, shift)
        while true {
            let stored = keys[slot]
            if stored == key { return targets[slot] }
            if stored == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Sets the target of `state` (> 0) on `unit`.
    mutating func set(_ state: Int32, _ unit: UInt16, _ target: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        insert(UInt64(state) << 16 | UInt64(unit), target)
    }

    private mutating func insert(_ key: UInt64, _ target: Int32) {
        let mask = keys.count - 1
        var slot = Self.slot(key, shift)
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        if keys[slot] == 0 { count += 1 }
        keys[slot] = key
        targets[slot] = target
    }

    private mutating func grow() {
        let (oldKeys, oldTargets) = (keys, targets)
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        targets = [Int32](repeating: 0, count: oldKeys.count * 2)
        shift -= 1
        count = 0
        for (key, target) in zip(oldKeys, oldTargets) where key != 0 { insert(key, target) }
    }

    private static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}
