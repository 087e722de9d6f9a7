import TactfulLint

/// A helpdesk's channel name mapped onto Tactful's: the SLA policy it is timed against and the channel its replies
/// are linted for (readability limits differ).
public struct QAChannel: Sendable, Hashable {
    /// The SLA policy's channel name: `email`, `chat`, `social`, `phone` or `sms`.
    public let policy: String
    /// The channel replies are linted for.
    public let lintChannel: Channel

    /// The channel an export's name stands for: chat and messaging apps → chat; Facebook, Instagram, X/Twitter →
    /// social; SMS → sms; voice → phone; everything else (email, web forms, API) → email.
    public init(exported name: String) {
        let key = name.lowercased().trimmingCharacters(in: .whitespaces)
        let words = key.split { !$0.isLetter }.map(String.init)
        func mentions(_ names: Set<String>) -> Bool { words.contains { names.contains($0) } }
        if mentions(["chat", "livechat", "messaging", "whatsapp", "line", "wechat", "messenger", "sdk", "widget"])
            && !mentions(["facebook", "instagram"])
        {
            (policy, lintChannel) = ("chat", .chat)
        } else if mentions(["facebook", "instagram", "twitter", "x", "social", "tiktok", "dm"]) {
            (policy, lintChannel) = ("social", .social)
        } else if mentions(["sms", "text"]) {
            (policy, lintChannel) = ("sms", .sms)
        } else if mentions(["phone", "voice", "call"]) {
            (policy, lintChannel) = ("phone", .chat)
        } else {
            (policy, lintChannel) = ("email", .email)
        }
    }
}
