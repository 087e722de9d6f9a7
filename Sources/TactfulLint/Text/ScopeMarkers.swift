import TactfulData
import TactfulICU
import Yams

/// The multilingual markers of `Glossaries/scopes.yml`: reply headers, sign-offs, greetings, inline patterns.
enum ScopeMarkers {
    private struct Markers: Sendable {
        var replyHeaders: [String] = []
        var signOffs: [String] = []
        var greetings: [String] = []
        var inline: [(Scope, String)] = []
    }

    private static let markers: Markers = {
        guard let text = BuiltInData.text(at: "Glossaries/scopes.yml"),
            let root = (try? Yams.load(yaml: text)) as? [String: Any]
        else { return Markers() }
        var markers = Markers()
        markers.replyHeaders = root["reply-headers"] as? [String] ?? []
        markers.signOffs = (root["sign-offs"] as? [String] ?? []).map { $0.lowercased() }
        markers.greetings = (root["greetings"] as? [String] ?? []).map { $0.lowercased() }
        let inline = root["inline"] as? [String: String] ?? [:]
        markers.inline = inline.keys.sorted().compactMap { key in Scope(rawValue: key).map { ($0, inline[key]!) } }
        return markers
    }()

    /// One case-insensitive, multi-line regex for every reply-header pattern (compiled per use: ICU regex
    /// handles hold match state and are not shared).
    static let replyHeaders: RegexSource? =
        markers.replyHeaders.isEmpty ? nil : RegexSource("(?im)(?:" + markers.replyHeaders.joined(separator: "|") + ")", ignoresCase: true)

    /// First UTF-16 units (lower-cased when ASCII) that a sign-off or greeting can start with: lines starting with
    /// anything else are skipped without building a string.
    static let initials: Set<UInt16> = Set((markers.signOffs + markers.greetings).compactMap { $0.utf16.first })

    /// True when a line starting with `unit` may be a sign-off or greeting.
    static func mayStartMarker(_ unit: UInt16) -> Bool {
        initials.contains(unit >= 0x41 && unit <= 0x5A ? unit + 0x20 : unit) || unit == 0x2D  // "-- " signatures
    }

    /// True when the line starts with a sign-off and is short.
    static func isSignOff(_ line: String) -> Bool {
        startsWithMarker(line, markers.signOffs, maxLength: 60)
    }

    /// True when the line starts with a greeting and is short.
    static func isGreeting(_ line: String) -> Bool {
        startsWithMarker(line, markers.greetings, maxLength: 80)
    }

    /// Inline patterns by scope.
    static let inlinePatterns: [(Scope, RegexSource)] = markers.inline.map { ($0.0, RegexSource($0.1, ignoresCase: false)) }

    private static func startsWithMarker(_ line: String, _ list: [String], maxLength: Int) -> Bool {
        guard !line.isEmpty, line.count <= maxLength else { return false }
        let lowered = line.lowercased()
        return list.contains { marker in
            guard lowered.hasPrefix(marker) else { return false }
            let rest = lowered.dropFirst(marker.count)
            guard let next = rest.first else { return true }
            // A Latin marker must end at a word boundary ("hi" is not "hiking").
            return !(marker.last?.isLetter ?? false) || !next.isLetter || !(next.isASCII || marker.last!.isASCII)
        }
    }
}
