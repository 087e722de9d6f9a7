internal import CICU

/// Namespace for Tactful's safe Swift layer over the system ICU C API.
///
/// Each ICU service lives in its own `ICU+Service.swift` file. No ICU C type appears in a public signature.
public enum ICU {}

/// An ICU call that failed, named by ICU's own error name (e.g. `U_ILLEGAL_ARGUMENT_ERROR`).
public struct ICUError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The numeric `UErrorCode` value.
    public let code: Int32
    /// ICU's name for the code, from `u_errorName`.
    public let name: String
    /// What Tactful was doing when ICU failed, e.g. "open word break iterator".
    public let operation: String

    /// A one-line description naming the operation and the ICU error.
    public var description: String { "ICU failed to \(operation): \(name)" }
}

extension ICUError {
    /// An ICU open call that reported success yet returned no handle, which ICU does only when it cannot allocate
    /// one: `U_MEMORY_ALLOCATION_ERROR` (code 7).
    static func nullHandle(_ operation: String) -> ICUError {
        ICUError(
            code: Int32(U_MEMORY_ALLOCATION_ERROR.rawValue), name: "U_MEMORY_ALLOCATION_ERROR", operation: operation)
    }
}

extension ICU {
    /// Converts a `UErrorCode` into a thrown ``ICUError``; warnings count as success.
    static func check(_ status: UErrorCode, _ operation: @autoclosure () -> String) throws(ICUError) {
        guard status.rawValue > U_ZERO_ERROR.rawValue else { return }
        throw ICUError(
            code: Int32(status.rawValue), name: String(cString: icu_u_errorName(status)), operation: operation())
    }

    /// Runs an ICU call that writes UTF-16 into a caller buffer, retrying once at the size ICU reports.
    static func fillUTF16(
        _ operation: @autoclosure () -> String,
        capacity: Int = 128,
        _ call: (UnsafeMutablePointer<UChar>?, Int32, inout UErrorCode) -> Int32
    ) throws(ICUError) -> String {
        let units = try fill(operation(), capacity: capacity, call)
        return units.withUnsafeBufferPointer { string(utf16: $0) }
    }

    /// The string of the UTF-16 `units`, an ill-formed unit repaired as `String(decoding:as:)` repairs it, transcoded
    /// by code specialised here: the standard library decodes UTF-16 in generic code whose first call looks up the
    /// encoding's parser type at run time (some 0.9M instructions of a one-draft run, for a three-letter currency or
    /// a greeting line in Japanese).
    public static func string(utf16 units: UnsafeBufferPointer<UInt16>) -> String {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(units.count * 3)
        _ = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: false) { utf8.append($0) }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// Runs an ICU call that writes a `char` string (locale IDs, tags), retrying once at the size ICU reports.
    static func fillChars(
        _ operation: @autoclosure () -> String,
        capacity: Int = 96,
        _ call: (UnsafeMutablePointer<CChar>?, Int32, inout UErrorCode) -> Int32
    ) throws(ICUError) -> String {
        let chars = try fill(operation(), capacity: capacity, call)
        return String(decoding: chars.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The preflight/retry idiom: call with `capacity`; on `U_BUFFER_OVERFLOW_ERROR` call once more at the
    /// length ICU reported. One spare element leaves room for ICU's terminating NUL.
    static func fill<Unit: FixedWidthInteger>(
        _ operation: @autoclosure () -> String,
        capacity: Int,
        _ call: (UnsafeMutablePointer<Unit>?, Int32, inout UErrorCode) -> Int32
    ) throws(ICUError) -> ArraySlice<Unit> {
        var capacity = capacity
        for _ in 0..<2 {
            var status = U_ZERO_ERROR
            var buffer = [Unit](repeating: 0, count: capacity + 1)
            let length = buffer.withUnsafeMutableBufferPointer { call($0.baseAddress, Int32(capacity), &status) }
            if status == U_BUFFER_OVERFLOW_ERROR {
                capacity = Int(length) + 1
                continue
            }
            try check(status, operation())
            return buffer[0..<Int(length)]
        }
        throw ICUError(
            code: Int32(U_BUFFER_OVERFLOW_ERROR.rawValue), name: "U_BUFFER_OVERFLOW_ERROR", operation: operation())
    }

    /// Calls `body` with the UTF-16 code units of `text` and their count.
    static func withUTF16<R>(_ text: String, _ body: (UnsafePointer<UChar>?, Int32) throws(ICUError) -> R)
        throws(ICUError) -> R
    {
        let units = Array(text.utf16)
        return try units.withUnsafeBufferPointer { buffer throws(ICUError) in
            try body(buffer.baseAddress, Int32(buffer.count))
        }
    }

    /// Turns ICU's optional C string into a Swift string ("" for nil).
    static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    /// The version of the time-zone data compiled into this ICU (e.g. "2022e").
    public static func timeZoneDataVersion() throws(ICUError) -> String {
        var status = U_ZERO_ERROR
        let version = icu_ucal_getTZDataVersion(&status)
        try check(status, "read the time-zone data version")
        return string(version)
    }
}

// Stored properties of public types must not name C types: a client module that also imports Foundation would
// then load this module's C headers beside Foundation's own ICU copy and fail to compile (see DESIGN.md).
// ICU's `void*` handle typedefs are therefore stored as `UnsafeMutablePointer<UnsafeMutableRawPointer?>`, and
// opaque struct handles as `OpaquePointer`.
