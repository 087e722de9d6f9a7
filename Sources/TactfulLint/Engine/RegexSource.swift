import Foundation
import TactfulData
import TactfulICU

/// A regular expression's source, made once (by a rule at load time, or as a built-in constant); its `key` names the
/// pattern in the pool and in a document's cached matches, so looking up its compiled form never hashes the text.
final class RegexSource: Sendable {
    /// The ICU pattern.
    let pattern: String
    /// Whether it matches case-insensitively.
    let ignoresCase: Bool
    /// The same number for every source with this pattern and case mode, assigned when it is made: a document
    /// caches matches by it, so a rule and the placeholder scope share one run without hashing the pattern text.
    let key: Int

    /// What `\p{L}` matches in a case-insensitive pattern, with case folding off: the letters and U+0345 (the Greek
    /// iota subscript, a combining mark whose case partners are letters). The same characters, but ICU closes a
    /// case-insensitive `\p{L}` over case at every compile, 8.7M instructions, where this takes 0.4M (RegexSourceTests
    /// checks that the two match the same code points).
    static let caseInsensitiveLetter = #"(?-i:[\p{L}\u0345])"#

    init(_ pattern: String, ignoresCase: Bool) {
        self.pattern = pattern
        self.ignoresCase = ignoresCase
        key = Self.keys.key(for: Self.keyText(pattern, ignoresCase: ignoresCase))
    }

    /// The text a source is numbered by: its case mode and pattern.
    private static func keyText(_ pattern: String, ignoresCase: Bool) -> String {
        (ignoresCase ? "i:" : "c:") + pattern
    }

    private static let keys = KeyRegistry()
    /// Regexes compiled to check a pattern at load time, kept for the first document that runs the pattern.
    private static let spares = SpareRegexes()

    /// Compiles it (with ICU's time and stack limits), or hands out the copy a load-time check compiled.
    func compile() throws(ICUError) -> ICU.Regex {
        if let spare = Self.spares.take(key) { return spare }
        return try ICU.Regex(pattern, ignoresCase: ignoresCase)
    }

    /// The number of capturing groups, compiling the pattern (and so checking it); the compiled regex is kept for
    /// the first ``compile()`` of the same pattern, so that loading and linting compile it once between them. A
    /// built-in pack's regex was compiled when the binary was built: its count is known, and it is compiled only
    /// when a text reaches it.
    func groupCount() throws(ICUError) -> Int {
        if let known = BuiltInData.regexGroupCount(Self.keyText(pattern, ignoresCase: ignoresCase)) { return known }
        let regex = try compile()
        let count = try regex.groupCount()
        Self.spares.keep(regex, for: key)
        return count
    }
}

/// Compiled regexes waiting for their first use, at most one per pattern key.
private final class SpareRegexes: @unchecked Sendable {  // all mutable state is guarded by `lock`
    private let lock = NSLock()
    private var regexes: [Int: ICU.Regex] = [:]

    func take(_ key: Int) -> ICU.Regex? {
        lock.withLock { regexes.removeValue(forKey: key) }
    }

    func keep(_ regex: ICU.Regex, for key: Int) {
        lock.withLock { if regexes[key] == nil { regexes[key] = regex } }
    }
}

/// Numbers distinct texts densely from 0, once each (asked at load time, never on a hot path): a document keeps
/// per-regex results in arrays indexed by these numbers.
final class KeyRegistry: @unchecked Sendable {  // all mutable state is guarded by `lock`
    private let lock = NSLock()
    private var keys: [KeyText: Int] = [:]

    /// How many texts have been numbered.
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return keys.count
    }

    func key(for text: String) -> Int {
        lock.lock()
        defer { lock.unlock() }
        let text = KeyText(text: text)
        if let known = keys[text] { return known }
        keys[text] = keys.count
        return keys.count - 1
    }

    /// A text as a key hashed by its length and its ends, equal by its bytes: hashing a whole regex pattern of
    /// hundreds of bytes (normalised first when it holds more than ASCII) cost ten thousand instructions a pattern.
    private struct KeyText: Hashable {
        let text: String

        func hash(into hasher: inout Hasher) {
            hasher.combine(text.utf8.count)
            for byte in text.utf8.prefix(16) { hasher.combine(byte) }
            for byte in text.utf8.suffix(16) { hasher.combine(byte) }
        }

        static func == (left: KeyText, right: KeyText) -> Bool {
            left.text.utf8.count == right.text.utf8.count && left.text.utf8.elementsEqual(right.text.utf8)
        }
    }
}
