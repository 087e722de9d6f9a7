/// Builds JSON Schema (draft 2020-12, the dialect of MCP tool schemas and of OpenAPI 3.1) as ``JSONValue``s. The
/// request and response schemas of the operations are written with it once, and both doors publish them: the MCP
/// tools' `inputSchema` and `outputSchema`, and the HTTP service's OpenAPI document.
public enum JSONSchema {
    /// An object. Responses are `closed` (no other properties), so that a field added to a response type without
    /// its schema fails the conformance tests that validate real responses; requests stay open.
    public static func object(
        required: [String: JSONValue] = [:], optional: [String: JSONValue] = [:], closed: Bool,
        description: String? = nil
    ) -> JSONValue {
        var schema: [String: JSONValue] = [
            "type": "object",
            "properties": .object(required.merging(optional) { first, _ in first }),
            "required": .array(required.keys.sorted().map { .string($0) }),
        ]
        if closed { schema["additionalProperties"] = false }
        return described(schema, description)
    }

    /// A string.
    public static func string(_ description: String? = nil) -> JSONValue {
        described(["type": "string"], description)
    }

    /// A string that is one of `values`.
    public static func choice(_ values: [String], _ description: String? = nil) -> JSONValue {
        described(["type": "string", "enum": .array(values.map { .string($0) })], description)
    }

    /// A whole number, optionally bounded.
    public static func integer(_ description: String? = nil, minimum: Int? = nil, maximum: Int? = nil) -> JSONValue {
        var schema: [String: JSONValue] = ["type": "integer"]
        if let minimum { schema["minimum"] = .number(Double(minimum)) }
        if let maximum { schema["maximum"] = .number(Double(maximum)) }
        return described(schema, description)
    }

    /// Any number.
    public static func number(_ description: String? = nil) -> JSONValue {
        described(["type": "number"], description)
    }

    /// `true` or `false`.
    public static func boolean(_ description: String? = nil) -> JSONValue {
        described(["type": "boolean"], description)
    }

    /// An array of `items`.
    public static func array(_ items: JSONValue, _ description: String? = nil) -> JSONValue {
        described(["type": "array", "items": items], description)
    }

    /// An object mapping any keys to `values` (counts by category).
    public static func dictionary(of values: JSONValue, _ description: String? = nil) -> JSONValue {
        described(["type": "object", "additionalProperties": values], description)
    }

    /// `schema` that also allows `null` (added to its `type`, and to its `enum` when it has one).
    public static func nullable(_ schema: JSONValue) -> JSONValue {
        guard case .object(var fields) = schema else { return schema }
        switch fields["type"] {
        case .string(let type)?: fields["type"] = [.string(type), "null"]
        case .array(let types)? where !types.contains("null"): fields["type"] = .array(types + ["null"])
        default: break
        }
        if case .array(let values)? = fields["enum"], !values.contains(.null) {
            fields["enum"] = .array(values + [.null])
        }
        return .object(fields)
    }

    /// `schema` without `null` among its types and values (a query parameter cannot be null).
    public static func nonNull(_ schema: JSONValue) -> JSONValue {
        guard case .object(var fields) = schema else { return schema }
        if case .array(let types)? = fields["type"] {
            let kept = types.filter { $0 != "null" }
            fields["type"] = kept.count == 1 ? kept[0] : .array(kept)
        }
        if case .array(let values)? = fields["enum"] { fields["enum"] = .array(values.filter { $0 != .null }) }
        return .object(fields)
    }

    /// `schema`, an object, with optional `properties` added (a door's own arguments next to a request's fields).
    public static func adding(_ properties: [String: JSONValue], to schema: JSONValue) -> JSONValue {
        guard case .object(var fields) = schema, case .object(let existing)? = fields["properties"] else {
            return schema
        }
        fields["properties"] = .object(existing.merging(properties) { _, added in added })
        return .object(fields)
    }

    private static func described(_ schema: [String: JSONValue], _ description: String?) -> JSONValue {
        var schema = schema
        if let description { schema["description"] = .string(description) }
        return .object(schema)
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    /// A string.
    public init(stringLiteral value: String) { self = .string(value) }
    /// `true` or `false`.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// A whole number.
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    /// An array.
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    /// An object (a repeated key keeps its last value).
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements) { _, last in last })
    }
}
