internal import CICU

extension ICU {
    /// A segment of text found by a break iterator, in UTF-16 offsets.
    @frozen  // read in the linter's hot loops: frozen, so clients read fields directly despite library evolution
    public struct Segment: Equatable, Sendable {
        /// What ICU's rule status says the segment is (words only; sentences are `.other`).
        @frozen
        public enum Kind: Sendable, Equatable {
            /// Spaces, punctuation and symbols (`UBRK_WORD_NONE`).
            case other
            /// Digits (`UBRK_WORD_NUMBER`).
            case number
            /// Letters of alphabetic scripts (`UBRK_WORD_LETTER`).
            case letter
            /// Hiragana or katakana (`UBRK_WORD_KANA`).
            case kana
            /// Han ideographs, found with ICU's dictionary (`UBRK_WORD_IDEO`).
            case ideographic
        }

        /// Start and end of the segment in UTF-16 code units.
        public let range: Range<Int>
        /// The kind of segment.
        public let kind: Kind

        /// True for segments that are words (letters, kana, ideographs or numbers). Inlinable, as the initializer:
        /// both run per segment in the linter's loops, where a call into this resilient module cost more than they do.
        @inlinable public var isWord: Bool {
            if case .other = kind { return false }
            return true
        }

        /// A segment at `range` of `kind` (for callers that split one segmentation among several texts).
        @inlinable public init(range: Range<Int>, kind: Kind) {
            self.range = range
            self.kind = kind
        }
    }

    /// A word or sentence break iterator for one locale (dictionary-based for Japanese, Chinese and Thai).
    ///
    /// Not `Sendable`: an ICU iterator holds its position; give each task its own.
    public final class BreakIterator {
        /// What to segment by.
        public enum Unit: Sendable, Hashable {
            /// Words, per UAX #29 with ICU's dictionaries.
            case word
            /// Sentences, per UAX #29.
            case sentence
        }

        private let handle: OpaquePointer
        private let unit: Unit

        /// Opens an iterator for `unit` in `locale`.
        public init(_ unit: Unit, locale: LocaleID) throws(ICUError) {
            var status = U_ZERO_ERROR
            let type = unit == .word ? UBRK_WORD : UBRK_SENTENCE
            let handle = icu_ubrk_open(type, locale.identifier, nil, 0, &status)
            try ICU.check(status, "open a \(unit) break iterator for \(locale)")
            guard let handle else {
                throw ICUError.nullHandle("open a break iterator")
            }
            self.handle = handle
            self.unit = unit
        }

        deinit { icu_ubrk_close(handle) }

        /// Segments UTF-16 text; consecutive segments cover the whole text.
        public func segments(of utf16: [UInt16]) throws(ICUError) -> [Segment] {
            var result: [Segment] = []
            result.reserveCapacity(utf16.count / (unit == .word ? 3 : 40) + 4)  // about one word per 3 units
            try utf16.withUnsafeBufferPointer { buffer throws(ICUError) in
                var status = U_ZERO_ERROR
                icu_ubrk_setText(handle, buffer.baseAddress, Int32(buffer.count), &status)
                try ICU.check(status, "set break iterator text")
                var start = icu_ubrk_first(handle)
                var end = icu_ubrk_next(handle)
                while end != UBRK_DONE {
                    let kind = unit == .word ? Self.kind(ofStatus: icu_ubrk_getRuleStatus(handle)) : .other
                    result.append(Segment(range: Int(start)..<Int(end), kind: kind))
                    start = end
                    end = icu_ubrk_next(handle)
                }
            }
            return result
        }

        /// Segments a string; ranges are UTF-16 offsets into it.
        public func segments(of text: String) throws(ICUError) -> [Segment] {
            try segments(of: Array(text.utf16))
        }

        private static func kind(ofStatus status: Int32) -> Segment.Kind {
            switch status {
            case Int32(UBRK_WORD_NUMBER.rawValue)..<Int32(UBRK_WORD_NUMBER_LIMIT.rawValue): .number
            case Int32(UBRK_WORD_LETTER.rawValue)..<Int32(UBRK_WORD_LETTER_LIMIT.rawValue): .letter
            case Int32(UBRK_WORD_KANA.rawValue)..<Int32(UBRK_WORD_KANA_LIMIT.rawValue): .kana
            case Int32(UBRK_WORD_IDEO.rawValue)..<Int32(UBRK_WORD_IDEO_LIMIT.rawValue): .ideographic
            default: .other
            }
        }
    }
}
