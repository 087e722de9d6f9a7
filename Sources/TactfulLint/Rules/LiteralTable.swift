import TactfulLiteralBoundaries
import TactfulYAML

/// A rule's literals as one table: their texts as the bytes of one buffer (``TextTable``) and the word boundaries
/// each must meet. The rule set reads every rule's literals so, and its automaton makes a string only of those a
/// draft could hold: the stance and law kinds' ten thousand built-in phrases then cost no string each at start-up.
struct LiteralTable {
    /// The literals' texts, as matched.
    private(set) var texts = TextTable()
    /// `wholeWord[i]`: literal `i` must start on a word boundary too (``Literal/wholeWord``).
    private(set) var wholeWord: [Bool] = []
    /// `endsOnBoundary[i]`: literal `i` must end on a word boundary (``Literal/endsOnBoundary``).
    private(set) var endsOnBoundary: [Bool] = []

    /// No literals.
    init() {}

    /// The table of `literals`, in order, made in room for them all (grown literal by literal, the three arrays were
    /// copied several times for each rule a rule set read).
    init(_ literals: [Literal]) {
        texts.reserveCapacity(bytes: literals.reduce(0) { $0 + $1.text.utf8.count + 1 }, texts: literals.count)
        for literal in literals { texts.append(literal.text) }
        wholeWord = literals.map(\.wholeWord)
        endsOnBoundary = literals.map(\.endsOnBoundary)
    }

    /// The phrases of `texts` (shared, not copied), each as ``Literal/init(_:wholeWord:endsOnBoundary:)`` makes it by
    /// default: a whole word.
    init(wholeWords texts: TextTable) {
        self.texts = texts
        wholeWord = [Bool](repeating: true, count: texts.count)
        endsOnBoundary = wholeWord
    }

    /// The number of literals.
    var count: Int { wholeWord.count }

    /// The literals, each text made a string.
    var literals: [Literal] {
        texts.indices.map { Literal(texts[$0], wholeWord: wholeWord[$0], endsOnBoundary: endsOnBoundary[$0]) }
    }

    /// The phrases of `texts`, each as ``Literal/byScript(_:)`` makes it a literal (the texts' bytes are shared, not
    /// copied).
    init(byScript texts: TextTable) { self.init(BoundedPhrases(byScript: texts)) }

    /// The literals of `phrases`: their texts (shared, not copied) and their flags' boundaries.
    init(_ phrases: BoundedPhrases) {
        (texts, wholeWord, endsOnBoundary) = (phrases.texts, phrases.wholeWord, phrases.endsOnBoundary)
    }

    /// Appends the phrase of the UTF-8 bytes `utf8`, `*` stems marked, as ``Literal/written(_:)`` makes it a literal.
    mutating func appendWritten(utf8: UnsafeBufferPointer<UInt8>) {
        let (text, wholeWord, endsOnBoundary) = LiteralBoundaries.written(utf8: utf8)
        append(utf8: UnsafeBufferPointer(rebasing: utf8[text]), boundaries: (wholeWord, endsOnBoundary))
    }

    /// Appends `phrase`, `*` stems marked, as ``Literal/written(_:)`` makes it a literal.
    mutating func appendWritten(_ phrase: String) {
        var phrase = phrase
        phrase.withUTF8 { appendWritten(utf8: $0) }
    }

    /// Appends every literal of `other`, in order.
    mutating func append(contentsOf other: LiteralTable) {
        texts.append(contentsOf: other.texts)
        wholeWord += other.wholeWord
        endsOnBoundary += other.endsOnBoundary
    }

    private mutating func append(utf8: UnsafeBufferPointer<UInt8>, boundaries: (Bool, Bool)) {
        texts.append(utf8: utf8)
        wholeWord.append(boundaries.0)
        endsOnBoundary.append(boundaries.1)
    }
}
