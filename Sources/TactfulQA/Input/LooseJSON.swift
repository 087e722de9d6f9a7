/// A JSON scalar read as the text a CSV cell would hold: exports write ids and flags as strings or numbers.
struct LooseJSON: Decodable {
    /// The value as text; nil for null, objects and arrays.
    let text: String?
    /// The value as a flag (`true`, `"true"`, `1`).
    var flag: Bool? {
        switch text?.lowercased() {
        case "true", "1", "yes": true
        case "false", "0", "no": false
        default: nil
        }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let string = try? container.decode(String.self) {
            text = string
        } else if let bool = try? container.decode(Bool.self) {
            text = bool ? "true" : "false"
        } else if let integer = try? container.decode(Int64.self) {
            text = String(integer)
        } else if let number = try? container.decode(Double.self) {
            text = String(number)
        } else {
            text = nil
        }
    }
}
