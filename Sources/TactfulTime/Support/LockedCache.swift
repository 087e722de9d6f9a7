import Foundation

/// A dictionary that computes missing values once, guarded by a lock (hence `@unchecked Sendable`).
final class LockedCache<Key: Hashable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]

    /// The cached value for `key`, computing and storing it first when absent.
    func value(for key: Key, orCompute compute: () throws(TimeError) -> Value) throws(TimeError) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let value = values[key] { return value }
        let value = try compute()
        values[key] = value
        return value
    }
}
