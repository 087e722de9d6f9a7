import Foundation
import TactfulICU
import TactfulPhraseFolding

/// Finds the line scopes of a draft in one pass over its lines; the inline ones (``Document/inlineRegions``) are
/// found by a few bounded regexes when first asked for.
struct ScopeMap: Sendable {
    /// The line scope of each line (0-based).
    let lineScopes: [Scope]

    init(utf16: [UInt16], lineStarts: [Int], present: AsciiSet, pool: ICUPool) {
        let lines = lineStarts.indices.map { index -> Range<Int> in
            var start = lineStarts[index]
            var end = index + 1 < lineStarts.count ? lineStarts[index + 1] : utf16.count
            while start < end, NormalizedText.isSpace(utf16[start]) { start += 1 }
            while end > start, NormalizedText.isSpace(utf16[end - 1]) { end -= 1 }
            return start..<end
        }
        let mayHaveHeader =
            present.contains(0x3A) || present.contains(0x2D)
            || (present.contains(AsciiSet.nonASCIIMarker) && utf16.contains(0xFF1A))
        let header =
            mayHaveHeader ? Self.firstReplyHeader(utf16, lineStarts: lineStarts, trimmed: lines, pool: pool) : nil
        lineScopes = Self.classify(lines, in: utf16, headerLines: header.map { [$0] } ?? [])
    }

    /// The index of the first line that is a reply header ("On … wrote:"; everything from it on is quoted). The
    /// header regex runs on candidate lines only (``ScopeMarkers/mayBeReplyHeader(_:)``), so other lines are skipped
    /// unread.
    private static func firstReplyHeader(_ utf16: [UInt16], lineStarts: [Int], trimmed: [Range<Int>], pool: ICUPool)
        -> Int?
    {
        guard let source = ScopeMarkers.replyHeaders else { return nil }
        for (index, start) in lineStarts.enumerated() {
            let line = start..<trimmed[index].upperBound
            guard !line.isEmpty, ScopeMarkers.mayBeReplyHeader(utf16[line]) else { continue }
            if let found = try? pool.matches(source, in: Array(utf16[line])),
                found.contains(where: { $0.lowerBound == 0 })
            {
                return index
            }
        }
        return nil
    }

    /// The line scope of the line holding `offset`, given the document's line starts.
    func lineScope(at lineIndex: Int) -> Scope {
        lineScopes.indices.contains(lineIndex) ? lineScopes[lineIndex] : .body
    }

    /// One pass over the trimmed lines: `>` lines and everything from a reply header on are quoted; a sign-off
    /// line starts the sign-off (until quoted text); the first line with text may be a greeting.
    private static func classify(_ lines: [Range<Int>], in utf16: [UInt16], headerLines: Set<Int>) -> [Scope] {
        var scopes = [Scope].filled(.body, count: lines.count)
        var state = Scope.body
        var sawText = false
        for (index, line) in lines.enumerated() {
            if state == .quoted { scopes[index] = .quoted; continue }
            if utf16.at(line.lowerBound) == 0x3E { scopes[index] = .quoted; continue }
            if headerLines.contains(index) { state = .quoted; scopes[index] = .quoted; continue }
            if state == .signoff { scopes[index] = .signoff; continue }
            let units = utf16[line]
            if isSignatureDelimiter(units) || ScopeMarkers.isSignOff(units) {
                state = .signoff
                scopes[index] = .signoff
                continue
            }
            if !sawText, !line.isEmpty {
                sawText = true
                if ScopeMarkers.isGreeting(units) { scopes[index] = .greeting }
            }
        }
        return scopes
    }

    /// "--" alone or "-- " starting a short line: the conventional signature delimiter.
    private static func isSignatureDelimiter(_ line: ArraySlice<UInt16>) -> Bool {
        line.count <= 80 && line.starts(with: [0x2D, 0x2D]) && (line.count == 2 || line.dropFirst(2).first == 0x20)
    }

    /// Whether the text may hold a match of `scope`'s inline pattern: each needs a character the text lacks when not.
    static func mayHoldInline(_ scope: Scope, in utf16: [UInt16], present: AsciiSet, longestDigitRun: Int) -> Bool {
        switch scope {
        case .email: present.contains(0x40)
        case .url: present.contains(0x2F) || containsWWW(utf16)
        // Every order-number form holds four digits in a row, except UPS's 1Z… tracking numbers.
        case .orderNumber: longestDigitRun >= 4 || (present.contains(0x5A) && contains1Z(utf16))
        case .comment: present.contains(0x3C) || present.contains(0x7B)
        case .code: present.contains(0x60)
        default: true
        }
    }
}

extension ScopeMap {
    /// False when `range` of `utf16` (its first unit, when empty) holds no unit an order-number match can: `#`, `-`,
    /// A–Z, a decimal digit or white space (the inline pattern is case-sensitive), so it overlaps no order number.
    static func mayOverlapOrderNumber(_ range: Range<Int>, in utf16: [UInt16]) -> Bool {
        let units = range.isEmpty ? range.lowerBound..<range.lowerBound + 1 : range
        return utf16[units.clamped(to: 0..<utf16.count)].contains(where: mayBelongToOrderNumber)
    }

    /// True when an order-number match may hold `unit`: `#`, `-`, A–Z, an ASCII control or space, a decimal digit
    /// or white space of any script, or half of a surrogate pair.
    static func mayBelongToOrderNumber(_ unit: UInt16) -> Bool {
        if unit < 0x80 {
            return unit <= 0x20 || unit == 0x23 || unit == 0x2D || (0x30...0x39).contains(unit)
                || (0x41...0x5A).contains(unit)
        }
        guard let scalar = Unicode.Scalar(unit) else { return true }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .decimalNumber, .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
        default: return properties.isWhitespace
        }
    }

    /// True when "1Z" occurs (a UPS tracking number starts so).
    fileprivate static func contains1Z(_ utf16: [UInt16]) -> Bool {
        zip(utf16, utf16.dropFirst()).contains { $0 == 0x31 && $1 == 0x5A }
    }

    /// True when "www" (any case) occurs: a URL without a slash still starts so. Every run of three units holds an
    /// index that is 2 modulo 3, so only those are read first, and the units beside a `w` there.
    fileprivate static func containsWWW(_ utf16: [UInt16]) -> Bool {
        utf16.withUnsafeBufferPointer { units in
            func isW(_ index: Int) -> Bool { index >= 0 && index < units.count && units[index] | 0x20 == 0x77 }
            for index in stride(from: 2, to: units.count, by: 3) where isW(index) {
                let before = isW(index - 1) ? (isW(index - 2) ? 2 : 1) : 0
                let after = isW(index + 1) ? (isW(index + 2) ? 2 : 1) : 0
                if before + 1 + after >= 3 { return true }
            }
            return false
        }
    }
}
