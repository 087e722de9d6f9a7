import TactfulLawCues
import Testing

@testable import TactfulLint

/// The law rule's bitset of roles and its table of a sentence's word ranges by role answer as the set and the
/// dictionary they replace.
@Suite struct LawRolesTests {
    @Test func everyRoleHasABit() {
        #expect(LawCues.Role.allCases.count <= 64)
        #expect(LawCues.Role.allCases.map(\.ordinal) == Array(0..<LawCues.Role.allCases.count))
    }

    @Test func randomRolesAnswerAsASetAndADictionary() {
        var random = RandomAsciiTexts()
        let all = LawCues.Role.allCases
        for _ in 0..<500 {
            var roles = LawRoles(), set = Set<LawCues.Role>()
            var ranges = LawWordRanges(), dictionary: [LawCues.Role: [Range<Int>]] = [:]
            for position in 0..<random.next(12) {
                let role = all[random.next(all.count)]
                roles.insert(role)
                set.insert(role)
                ranges.append(position..<(position + 1), as: role)
                dictionary[role, default: []].append(position..<(position + 1))
            }
            let other = all.filter { _ in random.next(6) == 0 }
            var otherRoles = LawRoles()
            for role in other { otherRoles.insert(role) }
            #expect(roles.intersects(otherRoles) == !set.isDisjoint(with: other))
            for role in all {
                #expect(roles.contains(role) == set.contains(role))
                #expect(ranges[role] == dictionary[role])
                #expect(ranges.present.contains(role) == set.contains(role))
            }
        }
    }
}
