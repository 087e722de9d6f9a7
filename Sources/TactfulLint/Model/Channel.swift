/// Where the reply will be sent; readability limits depend on it.
public enum Channel: String, CaseIterable, Sendable, Codable {
    case email, chat, sms, social
}
