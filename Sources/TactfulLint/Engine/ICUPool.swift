import Foundation
import TactfulAsciiWordBreaks
import TactfulData
import TactfulICU

/// Compiled ICU objects reused across documents: compiling a regex or opening a break iterator costs far more
/// than using one. Stateful handles (regexes, break iterators) are lent to one caller at a time and returned;
/// read-only formatters are shared. One pool lives in each ``RuleSet``; it is safe to use from many threads.
final class ICUPool: @unchecked Sendable {  // all mutable state is guarded by `lock`
    private let lock = NSLock()
    /// Compiled regexes by ``RegexSource/key``: sources of one pattern (a placeholder rule and the placeholder scope)
    /// share them.
    private var regexes: [Int: FreeList<ICU.Regex>] = [:]
    private var iterators: [IteratorKey: FreeList<ICU.BreakIterator>] = [:]
    private var numberFormatters: [String: ICU.NumberFormatter] = [:]
    private var dateFormatters: [String: ICU.DateFormatter] = [:]
    private var datePatterns: [String: String] = [:]
    private var transliterators: [String: FreeList<ICU.Transliterator>] = [:]
    private var facts: [String: FactSlot] = [:]
    /// Per unit and locale: whether ``AsciiWordBreaker`` (words) or ``AsciiSentenceBreaker`` (sentences) gives ICU's
    /// segments of an ASCII text.
    private var asciiBreaks: [IteratorKey: Bool] = [:]

    /// Runs `body` with a compiled form of `source`, compiling it only the first time (per concurrent user).
    func withRegex<R>(_ source: RegexSource, _ body: (ICU.Regex) throws(ICUError) -> R) throws(ICUError) -> R {
        let regex = try take(&regexes, source.key) { () throws(ICUError) in try source.compile() }
        defer { give(&regexes, source.key, regex) }
        return try body(regex)
    }

    /// All matches of `source` in UTF-16 text.
    func matches(_ source: RegexSource, in utf16: [UInt16]) throws(ICUError) -> [Range<Int>] {
        try withRegex(source) { regex throws(ICUError) in try regex.matches(in: utf16) }
    }

    /// Runs `body` with a break iterator for `unit` in `locale`.
    func withBreakIterator<R>(
        _ unit: ICU.BreakIterator.Unit, _ locale: ICU.LocaleID,
        _ body: (ICU.BreakIterator) throws(ICUError) -> R
    ) throws(ICUError) -> R {
        let key = IteratorKey(unit: unit, locale: locale.identifier)
        let iterator = try take(&iterators, key) { () throws(ICUError) in try ICU.BreakIterator(unit, locale: locale) }
        defer { give(&iterators, key, iterator) }
        return try body(iterator)
    }

    /// The ICU word segments of `utf16` in `locale`; an all-ASCII text (`isASCII`) is segmented by
    /// ``AsciiWordBreaker`` when it agrees with the locale's ICU iterator on its probe text (checked once per locale).
    func wordSegments(of utf16: [UInt16], isASCII: Bool, _ locale: ICU.LocaleID) throws(ICUError) -> [ICU.Segment] {
        if isASCII, try asciiBreaksAgree(.word, locale) { return AsciiWordBreaker.segments(of: utf16) }
        return try withBreakIterator(.word, locale) { iterator throws(ICUError) in try iterator.segments(of: utf16) }
    }

    /// The ICU sentences of `utf16` in `locale`; an all-ASCII text (`isASCII`) is segmented by
    /// ``AsciiSentenceBreaker`` when it agrees with the locale's ICU iterator on its probe text (checked once per
    /// locale).
    func sentences(of utf16: [UInt16], isASCII: Bool, _ locale: ICU.LocaleID) throws(ICUError) -> [Range<Int>] {
        if isASCII, try asciiBreaksAgree(.sentence, locale) { return AsciiSentenceBreaker.sentences(of: utf16) }
        return try withBreakIterator(.sentence, locale) { iterator throws(ICUError) in
            try iterator.segments(of: utf16).map(\.range)
        }
    }

    /// Whether the ASCII breaker for `unit` gives the segments of `locale`'s ICU iterator (decided once per locale).
    private func asciiBreaksAgree(_ unit: ICU.BreakIterator.Unit, _ locale: ICU.LocaleID) throws(ICUError) -> Bool {
        let key = IteratorKey(unit: unit, locale: locale.identifier)
        if let known = lock.withLock({ asciiBreaks[key] }) { return known }
        let agree: Bool
        switch unit {
        case .word:
            // A built-in market's locale was checked when the binary was built (the answer is kept like the others:
            // asked for every draft, it is found in the table, not searched for again).
            if let checked = BuiltInData.asciiWordBreaksAgree(locale.identifier) {
                agree = checked
            } else {
                agree = try withBreakIterator(.word, locale) { iterator throws(ICUError) in
                    try AsciiWordBreaker.agrees(with: iterator)
                }
            }
        case .sentence:
            // A keyword (`@ss=standard`: ICU's abbreviation exceptions) changes sentences where no probe shows it. A
            // built-in market's locale was checked when the binary was built.
            if locale.identifier.contains("@") {
                agree = false
            } else if let checked = BuiltInData.asciiSentenceBreaksAgree(locale.identifier) {
                agree = checked
            } else {
                agree = try withBreakIterator(.sentence, locale) { iterator throws(ICUError) in
                    try AsciiSentenceBreaker.agrees(with: iterator)
                }
            }
        }
        lock.withLock { asciiBreaks[key] = agree }
        return agree
    }

    /// Runs `body` with a transliterator for an ICU transform ID.
    func withTransliterator<R>(_ id: String, _ body: (ICU.Transliterator) throws(ICUError) -> R) throws(ICUError) -> R {
        let transliterator = try take(&transliterators, id) { () throws(ICUError) in try ICU.Transliterator(id: id) }
        defer { give(&transliterators, id, transliterator) }
        return try body(transliterator)
    }

    /// A shared number formatter for a skeleton and locale.
    func numberFormatter(_ skeleton: String, _ locale: ICU.LocaleID) throws(ICUError) -> ICU.NumberFormatter {
        try shared(&numberFormatters, "\(skeleton)|\(locale.identifier)") { () throws(ICUError) in
            try ICU.NumberFormatter(skeleton: skeleton, locale: locale)
        }
    }

    /// A shared date formatter for a skeleton, locale and zone.
    func dateFormatter(_ skeleton: String, _ locale: ICU.LocaleID, _ zone: String) throws(ICUError) -> ICU.DateFormatter
    {
        let key = "\(skeleton)|\(locale.identifier)|\(zone)"
        if let existing = lock.withLock({ dateFormatters[key] }) { return existing }
        // The skeleton's pattern is found once per locale: a pattern generator costs more than a formatter, and
        // one formatter per zone of a large country (the US has 29) opened one each.
        let pattern = try shared(&datePatterns, "\(skeleton)|\(locale.identifier)") { () throws(ICUError) in
            try ICU.bestPattern(forSkeleton: skeleton, locale: locale)
        }
        return try shared(&dateFormatters, key) { () throws(ICUError) in
            try ICU.DateFormatter(pattern: pattern, locale: locale, timeZone: zone)
        }
    }

    /// A value computed once per key (a locale's date field order, its decimal separator…), by the first thread that
    /// asks; threads asking for the same key meanwhile wait for that value (and only for that key), so every thread
    /// gets the one value stored. Computing a fact once also spares the other thread building the same zone vocabulary
    /// at the same moment, which waited on ICU's global lock most of the time.
    /// A fact computed from other facts waits only for those (facts never depend on each other in a cycle).
    func fact<T: Sendable>(_ key: String, _ compute: () -> T) -> T {
        let slot = lock.withLock {
            if let slot = facts[key] { return slot }
            let slot = FactSlot()
            facts[key] = slot
            return slot
        }
        return slot.value(compute)
    }

    private func take<K, T>(_ store: inout [K: FreeList<T>], _ key: K, _ make: () throws(ICUError) -> T)
        throws(ICUError) -> T
    {
        lock.lock()
        let existing = store[key]?.items.popLast()
        lock.unlock()
        if let existing { return existing }
        return try make()
    }

    private func give<K, T>(_ store: inout [K: FreeList<T>], _ key: K, _ value: T) {
        lock.lock()
        if let list = store[key] { list.items.append(value) } else { store[key] = FreeList(value) }
        lock.unlock()
    }

    private func shared<T>(_ store: inout [String: T], _ key: String, _ make: () throws(ICUError) -> T) throws(ICUError)
        -> T
    {
        lock.lock()
        defer { lock.unlock() }
        if let existing = store[key] { return existing }
        let made = try make()
        store[key] = made
        return made
    }
}

/// One fact of an ``ICUPool``, computed by the first caller while later callers for the same key wait.
private final class FactSlot: @unchecked Sendable {  // `stored` is guarded by `lock`
    private let lock = NSLock()
    private var stored: (any Sendable)?

    func value<T: Sendable>(_ compute: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        // Unwrap the stored value before casting: `nil as? T` succeeds when T is itself optional.
        if let stored, let known = stored as? T { return known }
        let value = compute()
        stored = value
        return value
    }
}

/// A break iterator's kind and locale (a struct key: no string is built per document).
private struct IteratorKey: Hashable {
    let unit: ICU.BreakIterator.Unit
    let locale: String
}

/// Handles waiting to be lent again; a class, so returning one never copies the pool's dictionary.
private final class FreeList<T> {
    var items: [T]
    init(_ first: T) { items = [first] }
}
