import TactfulLawCues
import Testing

/// A law role's ordinal, equality and hash, told by its tag, agree with its place among the cases and its raw text.
@Suite struct LawCuesRoleTests {
    @Test func ordinalsAreThePlacesAmongTheCases() {
        let roles = LawCues.Role.allCases
        #expect(roles.map(\.ordinal) == Array(roles.indices))
        for (index, role) in roles.enumerated() {
            #expect(LawCues.Role(rawValue: role.rawValue)?.ordinal == index)
        }
    }

    @Test func rolesAreEqualAndHashAlikeExactlyWhenTheirRawTextsAre() {
        let roles = LawCues.Role.allCases
        for first in roles {
            for second in roles {
                #expect((first == second) == (first.rawValue == second.rawValue))
                if first == second { #expect(first.hashValue == second.hashValue) }
            }
        }
        let sets = Set(roles.map { Set([$0]) })
        #expect(sets.count == roles.count)
        let keyed = Dictionary(uniqueKeysWithValues: roles.map { ($0, $0.rawValue) })
        #expect(roles.allSatisfy { keyed[$0] == $0.rawValue })
    }
}
