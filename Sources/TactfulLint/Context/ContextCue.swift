/// A cue of the draft's context found by the market's automaton: a way forward (an alternative, a next step, an
/// offer) or a third party (courier, customs, bank), from `Glossaries/language/way-forward.yml`.
struct ContextCue: Sendable {
    /// Where it is, in UTF-16 units of the draft.
    let range: Range<Int>
    /// True for a third party, false for a way forward.
    let isThirdParty: Bool

    /// The literal of a cue as written in the glossary, and the word boundaries it needs: `word*` may end inside a
    /// word, `*word` may start inside one, and in languages written without spaces neither side needs a boundary.
    static func literal(_ cue: String, spaced: Bool) -> (text: String, startsOnBoundary: Bool, endsOnBoundary: Bool) {
        var text = Substring(cue)
        let openStart = text.count > 1 && text.hasPrefix("*"), openEnd = text.count > 1 && text.hasSuffix("*")
        if openStart { text = text.dropFirst() }
        if openEnd { text = text.dropLast() }
        return (String(text), spaced && !openStart, spaced && !openEnd)
    }
}
