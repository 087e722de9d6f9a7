/// What a run reads of a stance family once the family's phrases, exceptions and frame words are the stance kind's
/// literals (``StanceLiterals``): its id, its message and lead by language, what softens it, and how many slots each
/// of its frames has (a frame is matched on its slots' hits, whose words are literals). tactful-embed writes the
/// built-in families' advice when the binary is built (``encoded(_:)``): a run decodes a few hundred short lines
/// instead of the families' four thousand phrases, which it never read.
package struct StanceAdvice: Sendable, Equatable {
    package let id: String
    package let message: [String: String]
    /// The opening to suggest, by language: what the agent can do (shown, never applied).
    package let lead: [String: String]
    /// What in the context makes the stance read fine (``StanceFamily/softenedBy``).
    package let softenedBy: Set<LimitationReason>
    /// How many slots each of the family's frames has, in order.
    package let frameSlotCounts: [Int]

    package init(
        id: String, message: [String: String], lead: [String: String], softenedBy: Set<LimitationReason>,
        frameSlotCounts: [Int]
    ) {
        (self.id, self.message, self.lead, self.softenedBy) = (id, message, lead, softenedBy)
        self.frameSlotCounts = frameSlotCounts
    }

    /// The advice of `family`.
    package init(_ family: StanceFamily) {
        self.init(
            id: family.id, message: family.message, lead: family.lead, softenedBy: family.softenedBy,
            frameSlotCounts: family.frames.map(\.slots.count))
    }
}
