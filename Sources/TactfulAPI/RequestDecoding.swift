import Foundation

/// Decodes request bodies (HTTP JSON, MCP tool arguments) into request types, turning every decoding failure
/// into a ``FieldError`` that names the field.
public enum RequestDecoding {
    /// Decodes `data` as `T`; invalid JSON is a `body` error, a missing or mistyped value names its field.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws(FieldError) -> T {
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let error as DecodingError {
            throw fieldError(error)
        } catch {
            throw FieldError("body", "could not be read: \(error)")
        }
    }

    static func fieldError(_ error: DecodingError) -> FieldError {
        switch error {
        case .keyNotFound(let key, let context):
            return FieldError(path(context.codingPath + [key]), "is required")
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            guard !context.codingPath.isEmpty else { return FieldError("body", "must be a JSON object") }
            return FieldError(path(context.codingPath), "must be \(describe(type))")
        case .dataCorrupted(let context):
            guard !context.codingPath.isEmpty else { return FieldError("body", "is not valid JSON") }
            return FieldError(path(context.codingPath), context.debugDescription)
        @unknown default:
            return FieldError("body", "could not be decoded")
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            .replacingOccurrences(of: ".[", with: "[")
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        case is Int.Type, is Double.Type: "a number"
        default: "a value of another type"
        }
    }
}

/// Any JSON value, kept as it was sent (a schedule given as a JSON object is handed on to the YAML reader, of
/// which JSON is a subset).
public enum JSONValue: Codable, Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Decodes any JSON value.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    /// Encodes the value as it was.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// The value as JSON text.
    public var jsonText: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
    }
}
