import Foundation
import TactfulICU

/// Finds the scopes of a draft: one pass over its lines for line scopes, a few bounded regexes for inline ones.
struct ScopeMap: Sendable {
    /// The line scope of each line (0-based).
    let lineScopes: [Scope]
    /// Inline regions, sorted by start.
    let inline: [(scope: Scope, range: Range<Int>)]

    init(utf16: [UInt16], lineStarts: [Int]) {
        let lines = lineStarts.indices.map { index -> String in
            let end = index + 1 < lineStarts.count ? lineStarts[index + 1] : utf16.count
            return String(decoding: utf16[lineStarts[index]..<end], as: UTF16.self)
        }
        let headerStarts = Set(((try? ScopeMarkers.replyHeaderRegex()?.matches(in: utf16)) ?? []).map(\.lowerBound))
        let headerLines = Set(lineStarts.indices.filter { headerStarts.contains(lineStarts[$0]) })
        lineScopes = Self.classify(lines, headerLines: headerLines)
        inline = Self.findInline(in: utf16)
    }

    /// The line scope of the line holding `offset`, given the document's line starts.
    func lineScope(at lineIndex: Int) -> Scope { lineScopes.indices.contains(lineIndex) ? lineScopes[lineIndex] : .body }

    /// The inline scopes overlapping `range`.
    func inlineScopes(overlapping range: Range<Int>) -> Set<Scope> {
        var found: Set<Scope> = []
        for region in inline {
            if region.range.lowerBound >= range.upperBound { break }
            if region.range.overlaps(range) || (range.isEmpty && region.range.contains(range.lowerBound)) {
                found.insert(region.scope)
            }
        }
        return found
    }

    private static func classify(_ lines: [String], headerLines: Set<Int>) -> [Scope] {
        var scopes = [Scope](repeating: .body, count: lines.count)
        var rest: Scope? = nil
        var sawText = false
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if let rest { scopes[index] = rest; continue }
            if line.hasPrefix(">") { scopes[index] = .quoted; continue }
            if headerLines.contains(index) {
                rest = .quoted
                scopes[index] = .quoted
                continue
            }
            if line == "--" || raw.hasPrefix("-- ") || ScopeMarkers.isSignOff(line) {
                scopes[index] = .signoff
                var next = index + 1
                while next < lines.count {
                    let following = lines[next].trimmingCharacters(in: .whitespacesAndNewlines)
                    if following.hasPrefix(">") || headerLines.contains(next) { break }
                    scopes[next] = .signoff
                    next += 1
                }
                continue
            }
            if !sawText, !line.isEmpty {
                sawText = true
                if ScopeMarkers.isGreeting(line) { scopes[index] = .greeting }
            }
        }
        return scopes
    }

    private static func findInline(in utf16: [UInt16]) -> [(scope: Scope, range: Range<Int>)] {
        var regions: [(scope: Scope, range: Range<Int>)] = []
        for (scope, regex) in ScopeMarkers.inlinePatterns {
            for range in (try? regex.matches(in: utf16)) ?? [] { regions.append((scope, range)) }
        }
        return regions.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
