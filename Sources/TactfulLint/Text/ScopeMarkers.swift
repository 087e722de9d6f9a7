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
    /// handles hold match state and are not shared). Every pattern starts with `^`; it is written once, outside
    /// the alternation, so ICU tries the alternatives at line starts only instead of at every position.
    static let replyHeaders: RegexSource? = {
        guard !markers.replyHeaders.isEmpty else { return nil }
        let anchored = markers.replyHeaders.allSatisfy { $0.hasPrefix("^") }
        let bodies = anchored ? markers.replyHeaders.map { String($0.dropFirst()) } : markers.replyHeaders
        return RegexSource("(?im)\(anchored ? "^" : "")(?:" + bodies.joined(separator: "|") + ")", ignoresCase: true)
    }()

    /// Sign-offs and greetings as lower-cased UTF-16, grouped by first unit, for the cheap pre-check below.
    private static let signOffUnits = Dictionary(grouping: markers.signOffs.map { Array($0.utf16) }.filter { !$0.isEmpty }) { $0[0] }
    private static let greetingUnits = Dictionary(grouping: markers.greetings.map { Array($0.utf16) }.filter { !$0.isEmpty }) { $0[0] }

    /// True when the line (trimmed) starts with a sign-off and is short.
    static func isSignOff(_ line: ArraySlice<UInt16>) -> Bool {
        starts(line, with: signOffUnits, markers.signOffs, maxLength: 60)
    }

    /// True when the line (trimmed) starts with a greeting and is short.
    static func isGreeting(_ line: ArraySlice<UInt16>) -> Bool {
        starts(line, with: greetingUnits, markers.greetings, maxLength: 80)
    }

    /// Decides on UTF-16 units when the line is ASCII (most lines, no string built); beyond ASCII, case mapping
    /// and letter classes need Unicode, so a line that passes the cheap pre-check is decided on its string.
    private static func starts(_ line: ArraySlice<UInt16>, with units: [UInt16: [[UInt16]]], _ list: [String],
                               maxLength: Int) -> Bool {
        guard line.allSatisfy({ $0 < 0x80 }) else {
            return mayStart(line, units) && line.count <= 80
                && startsWithMarker(String(decoding: line, as: UTF16.self), list, maxLength: maxLength)
        }
        guard line.count <= maxLength, let first = line.first, let candidates = units[lowerASCII(first)] else { return false }
        return candidates.contains { marker in
            guard marker.count <= line.count, zip(line, marker).allSatisfy({ lowerASCII($0) == $1 }) else { return false }
            guard marker.count < line.count, let last = marker.last else { return true }
            // A Latin marker must end at a word boundary ("hi" is not "hiking").
            return !isASCIILetter(last) || !isASCIILetter(line[line.startIndex + marker.count])
        }
    }

    /// For a line beyond ASCII: false when no marker of `markers` can start it (ASCII units compared
    /// case-insensitively, any other unit counts as a possible match); true means "maybe".
    private static func mayStart(_ line: ArraySlice<UInt16>, _ markers: [UInt16: [[UInt16]]]) -> Bool {
        guard let first = line.first, let candidates = markers[lowerASCII(first)] else { return false }
        return candidates.contains { marker in
            for (unit, markerUnit) in zip(line, marker) {
                if unit >= 0x80 || markerUnit >= 0x80 { return true }  // case mapping beyond ASCII: let Unicode decide
                if lowerASCII(unit) != markerUnit { return false }
            }
            return true
        }
    }

    private static func lowerASCII(_ unit: UInt16) -> UInt16 { unit >= 0x41 && unit <= 0x5A ? unit + 0x20 : unit }

    private static func isASCIILetter(_ unit: UInt16) -> Bool { (0x61...0x7A).contains(lowerASCII(unit)) }

    /// Inline patterns by scope.
    static let inlinePatterns: [(Scope, RegexSource)] = markers.inline.map { ($0.0, RegexSource($0.1, ignoresCase: false)) }

    /// The placeholder scope is what the root pack's placeholder rules find (`kind: pattern`, `inside: [placeholder]`):
    /// their regexes, each behind its `requires-char` / `requires-text` prefilter, so that the rules and the scope cannot drift apart.
    static let placeholderPatterns: [(source: RegexSource, prefilter: CharacterPrefilter?)] = {
        guard let text = BuiltInData.text(at: "Locales/root.yml"),
            let rules = ((try? Yams.load(yaml: text)) as? [String: Any])?["rules"] as? [[String: Any]]
        else { return [] }
        return rules.compactMap { rule in
            guard rule["category"] as? String == "placeholder", rule["kind"] as? String == "pattern",
                (rule["inside"] as? [String] ?? []).contains("placeholder"), let regex = rule["regex"] as? String
            else { return nil }
            let ignoresCase = !(rule["case-sensitive"] as? Bool ?? false)
            var prefilter = CharacterPrefilter(characters: rule["requires-char"] as? String,
                                               texts: (rule["requires-text"] as? [Any] ?? []).map { "\($0)" })
            prefilter?.id = regex.hashValue
            return (RegexSource(regex, ignoresCase: ignoresCase), prefilter)
        }
    }()

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
