import TactfulICU
import TactfulYAML

/// The multilingual markers of `Glossaries/scopes.yml`: reply headers, sign-offs, greetings, inline patterns.
enum ScopeMarkers {
    private struct Markers: Sendable {
        var replyHeaders: [String] = []
        var replyHeaderWords: [String] = []
        var signOffs: [String] = []
        var greetings: [String] = []
        var inline: [(Scope, String)] = []
    }

    private static let markers: Markers = {
        guard let root = PreparsedYAML.builtIn(at: "Glossaries/scopes.yml"), root.mapping != nil else {
            return Markers()
        }
        var markers = Markers()
        markers.replyHeaders = root["reply-headers"]?.texts ?? []
        markers.replyHeaderWords = root["reply-header-words"]?.texts ?? []
        markers.signOffs = (root["sign-offs"]?.texts ?? []).map { $0.lowercased() }
        markers.greetings = (root["greetings"]?.texts ?? []).map { $0.lowercased() }
        let inline = root["inline"]?.byKey.compactMapValues(\.string) ?? [:]
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

    /// The words of `reply-header-words` as UTF-16; nil when there are none (every line ending with a colon is then
    /// tested).
    private static let replyHeaderWords: [[UInt16]]? = {
        let words = markers.replyHeaderWords.map { Array($0.utf16) }.filter { !$0.isEmpty }
        return words.isEmpty ? nil : words
    }()

    /// Whether a line (from its start to its trimmed end) may match ``replyHeaders``, so that the regex is run on it
    /// (the first regex of a run also builds ICU's static sets, some 4–8M instructions): it starts with `-`, holds an
    /// ASCII colon within its first eight units (`From:`, `De :`), or ends with a colon (or a full-width one) and
    /// holds one of `reply-header-words`, each letter in any case. A greeting ending with a colon ("Estimado señor
    /// López:", "陳小姐您好：") and a label in a Japanese reply ("配送先：カナダ") are none.
    static func mayBeReplyHeader(_ line: ArraySlice<UInt16>) -> Bool {
        guard let first = line.first, let last = line.last else { return false }
        if first == 0x2D || line.prefix(8).contains(0x3A) { return true }
        guard last == 0x3A || last == 0xFF1A else { return false }
        guard let words = replyHeaderWords else { return true }
        return words.contains { word in
            guard word.count <= line.count else { return false }
            return (line.startIndex...(line.endIndex - word.count)).contains { start in
                word.indices.allSatisfy { mayMatchIgnoringCase(line[start + $0], word[$0]) }
            }
        }
    }

    /// Whether a text unit may match a word's unit in a case-insensitive regex: the same unit, the same ASCII letter
    /// in the other case, or a unit beyond ASCII that changes when case-folded (a capital such as É, the Kelvin sign).
    /// No word holds a pair of letters that one character folds to (ff, fi, fl, ss, st), so units are compared one
    /// to one.
    private static func mayMatchIgnoringCase(_ unit: UInt16, _ wordUnit: UInt16) -> Bool {
        unit == wordUnit || (isASCIILetter(unit) && lowerASCII(unit) == lowerASCII(wordUnit))
            || RegexUnitClass.foldsBeyondASCII(unit)
    }

    /// Sign-offs and greetings as lower-cased UTF-16, grouped by first unit.
    private static let signOffUnits = Dictionary(
        grouping: markers.signOffs.map { Array($0.utf16) }.filter { !$0.isEmpty }
    ) { $0[0] }
    private static let greetingUnits = Dictionary(
        grouping: markers.greetings.map { Array($0.utf16) }.filter { !$0.isEmpty }
    ) { $0[0] }

    /// True when the line (trimmed) starts with a sign-off and is short.
    static func isSignOff(_ line: ArraySlice<UInt16>) -> Bool {
        starts(line, with: signOffUnits, maxLength: 60)
    }

    /// True when the line (trimmed) starts with a greeting and is short.
    static func isGreeting(_ line: ArraySlice<UInt16>) -> Bool {
        starts(line, with: greetingUnits, maxLength: 80)
    }

    /// Decides on UTF-16 units. A line beyond ASCII is lower-cased first (case mapping needs Unicode there), only
    /// when a marker could start it: its first unit, lower-cased, starts a marker.
    /// A line longer than `maxLength` (a body paragraph) is rejected before it is read.
    private static func starts(_ line: ArraySlice<UInt16>, with units: [UInt16: [[UInt16]]], maxLength: Int) -> Bool {
        guard let first = line.first, line.count <= maxLength else { return false }
        guard line.allSatisfy({ $0 < 0x80 }) else {
            guard units[lowered(first)] != nil else { return false }
            let lowered = Array(line.withUnsafeBufferPointer(ICU.string(utf16:)).lowercased().utf16)
            return startsWithMarker(lowered[...], units)
        }
        return startsWithMarker(line.lazy.map(lowerASCII), units)
    }

    /// True when lower-cased `line` starts with one of `markers`, ending at a word boundary when the marker ends
    /// in a letter and either side is Latin ("hi" is not "hiking"; "您好" may run on into a name).
    private static func startsWithMarker<Line: Collection<UInt16>>(_ line: Line, _ markers: [UInt16: [[UInt16]]])
        -> Bool
    {
        guard let first = line.first, let candidates = markers[first] else { return false }
        return candidates.contains { marker in
            guard marker.count <= line.count, zip(line, marker).allSatisfy({ $0 == $1 }) else { return false }
            guard marker.count < line.count, let last = marker.last else { return true }
            let next = line[line.index(line.startIndex, offsetBy: marker.count)]
            return !isLetter(last) || !isLetter(next) || (last >= 0x80 && next >= 0x80)
        }
    }

    /// The first unit lower-cased: ASCII directly, other BMP letters through Unicode.
    private static func lowered(_ unit: UInt16) -> UInt16 {
        guard unit >= 0x80, let scalar = Unicode.Scalar(unit) else { return lowerASCII(unit) }
        return String(scalar).lowercased().utf16.first ?? unit
    }

    /// A letter unit: ASCII letters, and any BMP letter beyond ASCII (surrogates count as letters).
    private static func isLetter(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return isASCIILetter(unit) }
        guard let scalar = Unicode.Scalar(unit) else { return true }
        return scalar.properties.isAlphabetic
    }

    private static func lowerASCII(_ unit: UInt16) -> UInt16 { unit >= 0x41 && unit <= 0x5A ? unit + 0x20 : unit }

    private static func isASCIILetter(_ unit: UInt16) -> Bool { (0x61...0x7A).contains(lowerASCII(unit)) }

    /// Inline patterns by scope.
    static let inlinePatterns: [(Scope, RegexSource)] = markers.inline.map {
        ($0.0, RegexSource($0.1, ignoresCase: false))
    }

    /// The placeholder scope is what the root pack's placeholder rules find (`kind: pattern`, `inside: [placeholder]`):
    /// their regexes, each behind its `requires-char` / `requires-text` / `requires-char-with-latin` prefilter, so that the rules and the scope cannot drift apart.
    static let placeholderPatterns: [(source: RegexSource, prefilter: CharacterPrefilter?)] = {
        guard let rules = PreparsedYAML.builtInPack(at: "Locales/root.yml")?["rules"]?.sequence else { return [] }
        return rules.compactMap { rule in
            guard rule["category"]?.string == "placeholder", rule["kind"]?.string == "pattern",
                rule["inside"]?.texts.contains("placeholder") == true, let regex = rule["regex"]?.string
            else { return nil }
            let ignoresCase = rule["case-sensitive"]?.string?.lowercased() != "true"
            let prefilter = CharacterPrefilter(
                characters: rule["requires-char"]?.string, texts: rule["requires-text"]?.texts ?? [],
                charactersWithLatin: rule["requires-char-with-latin"]?.string, guarding: regex)
            return (RegexSource(regex, ignoresCase: ignoresCase), prefilter)
        }
    }()
}
