extension LawCues.Role {
    /// The case's number in declaration order (its index in `allCases`), read from the case's one-byte tag.
    @inlinable package var ordinal: Int { Int(unsafeBitCast(self, to: UInt8.self)) }

    /// Hashes the case by its ``ordinal``. A type with a raw value hashes its raw text by default: the law rule
    /// keys its tables of a sentence's hits by role, and each lookup made and hashed a string (some hundred
    /// instructions).
    @inlinable package func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }

    /// Whether two roles are one case, told by their tags: the law rule compares a hit's role with several for each
    /// hit, and the comparison through the generic `Equatable` witness cost some forty instructions across modules.
    @inlinable package static func == (lhs: Self, rhs: Self) -> Bool { lhs.ordinal == rhs.ordinal }
}
