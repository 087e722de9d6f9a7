/// Where the reply will be sent; readability limits depend on it.
public enum Channel: String, CaseIterable, Sendable, Codable {
    case email, chat, sms, social
}

extension Channel {
    /// The channel's bit in a rule's channel mask (``RuleSet/channelMasks``): testing a bit costs less than hashing
    /// the channel's name into a set, once per rule and draft.
    var maskBit: UInt8 {
        switch self {
        case .email: 1
        case .chat: 2
        case .sms: 4
        case .social: 8
        }
    }
}
