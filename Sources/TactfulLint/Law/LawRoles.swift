import TactfulLawCues

/// A set of law cue roles, one bit each by the role's ``LawCues/Role/ordinal``: the roles a sentence's words play,
/// asked a dozen or two times for every judged sentence. A `Set<LawCues.Role>` allocated for each sentence and
/// hashed the role for each question (some two hundred instructions).
struct LawRoles: Equatable, Sendable {
    private var bits: UInt64 = 0

    /// The empty set.
    init() {}

    /// The set of `roles`.
    init(_ roles: some Sequence<LawCues.Role>) {
        for role in roles { insert(role) }
    }

    /// True when `role` is in the set.
    func contains(_ role: LawCues.Role) -> Bool { bits & (1 << UInt64(role.ordinal)) != 0 }

    /// True when some role is in both sets.
    func intersects(_ other: LawRoles) -> Bool { bits & other.bits != 0 }

    /// Adds `role`.
    mutating func insert(_ role: LawCues.Role) { bits |= 1 << UInt64(role.ordinal) }
}
