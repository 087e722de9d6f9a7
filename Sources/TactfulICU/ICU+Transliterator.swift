internal import CICU

extension ICU {
    /// An ICU transliterator, e.g. `Hans-Hant` (Simplified → Traditional Chinese) or `Hant-Hans`.
    public final class Transliterator {
        private let handle: UnsafeMutablePointer<UnsafeMutableRawPointer?>  // UTransliterator*, spelled without C types
        /// The ICU transform ID.
        public let id: String

        /// Opens a system transliterator by ID; throws for an unknown ID.
        public init(id: String) throws(ICUError) {
            var status = U_ZERO_ERROR
            var parseError = UParseError()
            let chars = Array(id.utf16)
            let handle = icu_utrans_openU(chars, Int32(chars.count), UTRANS_FORWARD, nil, 0, &parseError, &status)
            try ICU.check(status, "open the transliterator '\(id)'")
            guard let handle else {
                throw ICUError.nullHandle("open a transliterator")
            }
            self.handle = handle
            self.id = id
        }

        deinit { icu_utrans_close(handle) }

        /// Transforms the whole of `text`.
        public func transform(_ text: String) throws(ICUError) -> String {
            var units = Array(text.utf16)
            var capacity = units.count * 2 + 16
            for _ in 0..<2 {
                var buffer = units + [UChar](repeating: 0, count: capacity - units.count)
                var length = Int32(units.count)
                var limit = length
                var status = U_ZERO_ERROR
                icu_utrans_transUChars(handle, &buffer, &length, Int32(capacity), 0, &limit, &status)
                if status == U_BUFFER_OVERFLOW_ERROR {
                    capacity = Int(length) + 16
                    units = Array(text.utf16)
                    continue
                }
                try ICU.check(status, "transliterate with '\(id)'")
                return buffer.withUnsafeBufferPointer {
                    ICU.string(utf16: UnsafeBufferPointer(rebasing: $0[0..<Int(length)]))
                }
            }
            throw ICUError(code: 15, name: "U_BUFFER_OVERFLOW_ERROR", operation: "transliterate with '\(id)'")
        }
    }
}
