internal import CICU

extension ICU {
    /// A number formatter built from an ICU number skeleton for one locale.
    ///
    /// Skeletons are ICU's stable, locale-independent format descriptions, e.g.
    /// `currency/EUR`, `measure-unit/length-meter usage/person-height`, `precision-integer`.
    /// The handle is immutable after creation, and ICU documents `unumf_format*` as thread-safe on a
    /// shared formatter, so the class is `Sendable`.
    public final class NumberFormatter: @unchecked Sendable {
        private let handle: OpaquePointer
        /// The skeleton the formatter was built from.
        public let skeleton: String

        /// Builds a formatter; throws when ICU rejects the skeleton or locale.
        public init(skeleton: String, locale: LocaleID) throws(ICUError) {
            var status = U_ZERO_ERROR
            let handle = try ICU.withUTF16(skeleton) { chars, length throws(ICUError) in
                icu_unumf_openForSkeletonAndLocale(chars, length, locale.identifier, &status)
            }
            try ICU.check(status, "build a number formatter for skeleton '\(skeleton)'")
            guard let handle else {
                throw ICUError.nullHandle("build a number formatter")
            }
            self.handle = handle
            self.skeleton = skeleton
        }

        deinit { icu_unumf_close(handle) }

        /// Formats a binary floating-point value (measurements, not money).
        public func format(_ value: Double) throws(ICUError) -> String {
            try renderNumber(skeleton) { icu_unumf_formatDouble(handle, value, $0, &$1) }
        }

        /// Formats a decimal number given as a string ("1234.50"), exactly, with no binary rounding: for money.
        public func format(decimal: String) throws(ICUError) -> String {
            try renderNumber(skeleton) { icu_unumf_formatDecimal(handle, decimal, Int32(decimal.utf8.count), $0, &$1) }
        }
    }
}

/// Runs one `unumf_format*` call into a fresh result and reads it as a string.
///
/// A file-level function, not a method: a class member whose signature names a C type (`UErrorCode`) makes every
/// client that holds a `NumberFormatter` load the C module, which clashes with Foundation's own ICU headers.
private func renderNumber(_ skeleton: String, _ call: (OpaquePointer?, inout UErrorCode) -> Void) throws(ICUError)
    -> String
{
    var status = U_ZERO_ERROR
    let result = icu_unumf_openResult(&status)
    try ICU.check(status, "allocate a number result")
    defer { icu_unumf_closeResult(result) }
    call(result, &status)
    try ICU.check(status, "format a number with '\(skeleton)'")
    return try ICU.fillUTF16("read a formatted number") { icu_unumf_resultToString(result, $0, $1, &$2) }
}
