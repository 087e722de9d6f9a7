internal import CICU

extension ICU {
    /// An ICU regular expression with bounded work: a time limit and a stack limit turn a catastrophically
    /// backtracking pattern (e.g. from a user's pack) into an error instead of a hang.
    public final class Regex {
        private let handle: OpaquePointer
        /// The pattern source.
        public let pattern: String

        /// Compiles `pattern`; `ignoresCase` matches case-insensitively. Throws with ICU's error for a bad pattern.
        ///
        /// `timeLimit` is in ICU's match-time units (roughly milliseconds on current hardware per ICU's docs);
        /// `stackLimit` in bytes.
        public init(_ pattern: String, ignoresCase: Bool = false, timeLimit: Int = 50, stackLimit: Int = 64 * 1024)
            throws(ICUError)
        {
            var status = U_ZERO_ERROR
            var parseError = UParseError()
            let chars = Array(pattern.utf16)
            let flags = ignoresCase ? UInt32(UREGEX_CASE_INSENSITIVE.rawValue) : 0
            let handle = icu_uregex_open(chars, Int32(chars.count), flags, &parseError, &status)
            try ICU.check(status, "compile the regex '\(pattern)' (offset \(parseError.offset))")
            guard let handle else {
                throw ICUError.nullHandle("compile a regex")
            }
            icu_uregex_setTimeLimit(handle, Int32(timeLimit), &status)
            icu_uregex_setStackLimit(handle, Int32(stackLimit), &status)
            self.handle = handle
            self.pattern = pattern
            try ICU.check(status, "limit the regex '\(pattern)'")
        }

        deinit { icu_uregex_close(handle) }

        /// All non-overlapping matches in UTF-16 text, as UTF-16 ranges; throws `U_REGEX_TIME_OUT` and the like.
        public func matches(in utf16: [UInt16]) throws(ICUError) -> [Range<Int>] {
            var ranges: [Range<Int>] = []
            try utf16.withUnsafeBufferPointer { buffer throws(ICUError) in
                var status = U_ZERO_ERROR
                icu_uregex_setText(handle, buffer.baseAddress, Int32(buffer.count), &status)
                try ICU.check(status, "set regex text")
                while icu_uregex_findNext(handle, &status) != 0 {
                    let start = Int(icu_uregex_start(handle, 0, &status))
                    let end = Int(icu_uregex_end(handle, 0, &status))
                    ranges.append(start..<end)
                }
                try ICU.check(status, "match the regex '\(pattern)'")
                icu_uregex_setText(handle, nil, 0, &status)
            }
            return ranges
        }

        /// The number of capturing groups in the pattern (`$1`…`$n` of a replacement).
        public func groupCount() throws(ICUError) -> Int {
            var status = U_ZERO_ERROR
            let count = icu_uregex_groupCount(handle, &status)
            try ICU.check(status, "count the groups of the regex '\(pattern)'")
            return Int(count)
        }

        /// All non-overlapping matches in UTF-16 text with their capturing groups: element 0 of each is the whole
        /// match, element `n` group `n`, nil when the group took no part in the match (`(a)|b` matching "b").
        public func matchesWithGroups(in utf16: [UInt16]) throws(ICUError) -> [[Range<Int>?]] {
            let groups = try groupCount()
            var matches: [[Range<Int>?]] = []
            try utf16.withUnsafeBufferPointer { buffer throws(ICUError) in
                var status = U_ZERO_ERROR
                icu_uregex_setText(handle, buffer.baseAddress, Int32(buffer.count), &status)
                try ICU.check(status, "set regex text")
                while icu_uregex_findNext(handle, &status) != 0 {
                    matches.append(
                        (0...groups).map { group in
                            let start = Int(icu_uregex_start(handle, Int32(group), &status))
                            let end = Int(icu_uregex_end(handle, Int32(group), &status))
                            return start < 0 ? nil : start..<end
                        })
                }
                try ICU.check(status, "match the regex '\(pattern)'")
                icu_uregex_setText(handle, nil, 0, &status)
            }
            return matches
        }

        /// All matches in a string, as UTF-16 ranges.
        public func matches(in text: String) throws(ICUError) -> [Range<Int>] {
            try matches(in: Array(text.utf16))
        }
    }
}
