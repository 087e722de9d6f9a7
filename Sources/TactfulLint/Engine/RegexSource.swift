import Foundation
import TactfulICU

/// A regular expression's source, made once (by a rule at load time, or as a built-in constant) and used as the
/// pool's key by identity, so looking up its compiled form never hashes the pattern text.
final class RegexSource: Sendable {
    /// The ICU pattern.
    let pattern: String
    /// Whether it matches case-insensitively.
    let ignoresCase: Bool
    /// The same number for every source with this pattern and case mode, assigned when it is made: a document
    /// caches matches by it, so a rule and the placeholder scope share one run without hashing the pattern text.
    let key: Int

    init(_ pattern: String, ignoresCase: Bool) {
        self.pattern = pattern
        self.ignoresCase = ignoresCase
        key = Self.keys.key(for: (ignoresCase ? "i:" : "c:") + pattern)
    }

    private static let keys = KeyRegistry()

    /// Compiles it (with ICU's time and stack limits).
    func compile() throws(ICUError) -> ICU.Regex { try ICU.Regex(pattern, ignoresCase: ignoresCase) }
}

/// Numbers distinct texts densely from 0, once each (asked at load time, never on a hot path): a document keeps
/// per-regex results in arrays indexed by these numbers.
final class KeyRegistry: @unchecked Sendable {  // all mutable state is guarded by `lock`
    private let lock = NSLock()
    private var keys: [String: Int] = [:]

    /// How many texts have been numbered.
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return keys.count
    }

    func key(for text: String) -> Int {
        lock.lock()
        defer { lock.unlock() }
        if let known = keys[text] { return known }
        keys[text] = keys.count
        return keys.count - 1
    }
}
