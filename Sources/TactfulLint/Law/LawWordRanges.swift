import TactfulLawCues

/// Where a sentence's law words are, by role, and the roles present: looked up by the role's
/// ``LawCues/Role/ordinal`` in one array, where a dictionary keyed by role hashed the role for every look-up and grew
/// for every role added.
struct LawWordRanges {
    /// The number of roles (`LawCues.Role.allCases` makes an array each time it is read).
    private static let roleCount = LawCues.Role.allCases.count
    private var ranges = [[Range<Int>]](repeating: [], count: roleCount)
    /// The roles some word of the sentence plays.
    private(set) var present = LawRoles()

    /// The ranges of the words playing `role`, in the order added; nil when there is none.
    subscript(role: LawCues.Role) -> [Range<Int>]? { present.contains(role) ? ranges[role.ordinal] : nil }

    /// Adds a word playing `role` at `range`.
    mutating func append(_ range: Range<Int>, as role: LawCues.Role) {
        ranges[role.ordinal].append(range)
        present.insert(role)
    }
}
