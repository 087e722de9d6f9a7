import TactfulLiteralBoundaries
import TactfulYAML

/// What the request kind looks for, compiled from its glossary: the cues, then each item's words, safe words,
/// places, cards and exposing words, `*` stems cut, each with the word boundaries it must meet and its role; and
/// what a finding reads of each item. tactful-embed compiles the built-in glossary when the binary is built
/// (``encoded``), so that a run copies the 1,400 texts and their boundaries instead of reading the glossary's tree
/// and walking every text (2.9M instructions, ``decode(_:)``).
package struct RequestLiterals: Equatable, Sendable {
    /// What a listed text is: a request cue, or a word of item `n` (its noun, a word that makes asking safe, a place
    /// where it is unsafe, a payment card, a word that exposes all of a card).
    package enum Role: Equatable, Sendable { case cue, noun(Int), unless(Int), place(Int), card(Int), exposes(Int) }

    /// What a finding reads of an item.
    package struct Item: Equatable, Sendable {
        package let id: String
        /// Why, by language.
        package let reason: [String: String]
        /// Whether the item is unsafe only where its places name (it has `where` words).
        package let placed: Bool

        package init(id: String, reason: [String: String], placed: Bool) {
            (self.id, self.reason, self.placed) = (id, reason, placed)
        }
    }

    /// The texts and their boundaries.
    package private(set) var phrases = BoundedPhrases()
    /// Each text's role.
    package private(set) var roles: [Role] = []
    /// The items, in the glossary's order.
    package private(set) var items: [Item] = []
    /// Languages whose negation may come after the request.
    package private(set) var negationAfterRequest: Set<String> = []

    /// The literals of `glossary`, in order.
    package init(_ glossary: RequestGlossary) {
        func append(_ texts: [String], as role: Role) {
            for text in texts { phrases.appendWritten(text) }
            roles += repeatElement(role, count: texts.count)
        }
        append(glossary.cues, as: .cue)
        for (index, item) in glossary.data.enumerated() {
            append(item.words, as: .noun(index))
            append(item.unless, as: .unless(index))
            append(item.places, as: .place(index))
            append(item.cards, as: .card(index))
            append(item.exposures, as: .exposes(index))
            items.append(Item(id: item.id, reason: item.reason, placed: !item.places.isEmpty))
        }
        negationAfterRequest = glossary.negationAfterRequest
    }

    private init() {}

    /// The literals as four texts: `texts`, joined by the unit separator (U+001F); `flags`, a digit a text; `roles`,
    /// a line per run of one role, `c TAB count` or `KIND TAB item TAB count` (KIND `n`, `u`, `p`, `k`, `x` in the
    /// order of ``Role``); `items`, a line per item, `i TAB id TAB placed (0 or 1)` then its reasons as
    /// `language TAB text` pairs, and a last line `a` then the languages whose negation may follow the request. Nil
    /// when a text holds a unit separator, or an id, language or reason a tab or a line break.
    package var encoded: (texts: String, flags: String, roles: String, items: String)? {
        let texts = Array(phrases.texts)
        let fields = items.flatMap { [$0.id] + $0.reason.keys + $0.reason.values } + negationAfterRequest
        guard !texts.contains(where: { $0.unicodeScalars.contains("\u{1F}") }),
            !fields.contains(where: { $0.contains { $0 == "\t" || $0.isNewline } })
        else { return nil }
        var lines: [String] = []
        var start = 0
        while start < roles.count {
            var end = start + 1
            while end < roles.count, roles[end] == roles[start] { end += 1 }
            let count = end - start
            switch roles[start] {
            case .cue: lines.append("c\t\(count)")
            case .noun(let item): lines.append("n\t\(item)\t\(count)")
            case .unless(let item): lines.append("u\t\(item)\t\(count)")
            case .place(let item): lines.append("p\t\(item)\t\(count)")
            case .card(let item): lines.append("k\t\(item)\t\(count)")
            case .exposes(let item): lines.append("x\t\(item)\t\(count)")
            }
            start = end
        }
        var itemLines = items.map { item in
            (["i", item.id, item.placed ? "1" : "0"]
                + item.reason.sorted { $0.key < $1.key }.flatMap { [$0.key, $0.value] })
                .joined(separator: "\t")
        }
        itemLines.append((["a"] + negationAfterRequest.sorted()).joined(separator: "\t"))
        return (
            texts.joined(separator: "\u{1F}"), phrases.encodedFlags, lines.joined(separator: "\n"),
            itemLines.joined(separator: "\n")
        )
    }

    /// The literals of the four ``encoded`` texts; nil when they are malformed or disagree in count.
    package static func decode(_ encoded: (texts: String, flags: String, roles: String, items: String))
        -> RequestLiterals?
    {
        var literals = RequestLiterals()
        let flags = Array(encoded.flags.utf8)
        var texts = TextTable()
        if !flags.isEmpty {  // an empty list joins to the text of a list of one empty text
            var joined = encoded.texts
            joined.withUTF8 { _ = texts.append(joined: $0, separator: 0x1F) }
        }
        var rolesText = encoded.roles
        let rolesRead = rolesText.withUTF8 { bytes in
            bytes.isEmpty || EncodedLine.read(bytes) { line in literals.appendRoles(line) }
        }
        var negationRead = false
        var itemsText = encoded.items
        let itemsRead = itemsText.withUTF8 { bytes in
            EncodedLine.read(bytes) { line in
                guard !negationRead else { return false }  // the negation line is the last
                if line.field(0, is: "a") {
                    negationRead = true
                    literals.negationAfterRequest = Set((1..<line.count).map(line.string))
                    return true
                }
                return literals.appendItem(line)
            }
        }
        let itemCount = literals.items.count
        guard rolesRead, itemsRead, negationRead, literals.roles.count == flags.count,
            literals.roles.allSatisfy({ $0.item.map { $0 < itemCount } ?? true }),
            let phrases = BoundedPhrases(texts: texts, flags: flags)
        else { return nil }
        literals.phrases = phrases
        return literals
    }

    /// Appends the roles of a line of the roles text; false when it is malformed.
    private mutating func appendRoles(_ line: EncodedLine) -> Bool {
        if line.count == 2, line.field(0, is: "c"), let count = line.integer(1) {
            roles += repeatElement(.cue, count: count)
            return true
        }
        guard line.count == 3, let item = line.integer(1), let count = line.integer(2) else { return false }
        let role: Role
        if line.field(0, is: "n") {
            role = .noun(item)
        } else if line.field(0, is: "u") {
            role = .unless(item)
        } else if line.field(0, is: "p") {
            role = .place(item)
        } else if line.field(0, is: "k") {
            role = .card(item)
        } else if line.field(0, is: "x") {
            role = .exposes(item)
        } else {
            return false
        }
        roles += repeatElement(role, count: count)
        return true
    }

    /// Appends the item of a line of the items text; false when it is malformed.
    private mutating func appendItem(_ line: EncodedLine) -> Bool {
        guard line.count >= 3, line.count % 2 == 1, line.field(0, is: "i"),
            line.field(2, is: "0") || line.field(2, is: "1")
        else { return false }
        var reason: [String: String] = [:]
        for index in stride(from: 3, to: line.count, by: 2) { reason[line.string(index)] = line.string(index + 1) }
        items.append(Item(id: line.string(1), reason: reason, placed: line.field(2, is: "1")))
        return true
    }
}

extension RequestLiterals.Role {
    /// The item a word belongs to; nil for a cue.
    fileprivate var item: Int? {
        switch self {
        case .cue: nil
        case .noun(let item), .unless(let item), .place(let item), .card(let item), .exposes(let item): item
        }
    }
}
