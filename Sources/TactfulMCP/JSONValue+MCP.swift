import MCP
import TactfulAPI

extension JSONValue {
    /// The same JSON as the MCP SDK's `Value`; whole numbers become integers (`"minimum": 1900`, not `1900.0`).
    var mcpValue: MCP.Value {
        switch self {
        case .null: .null
        case .bool(let value): .bool(value)
        case .number(let value):
            value.rounded() == value && abs(value) < 1e15 ? MCP.Value.int(Int(value)) : MCP.Value.double(value)
        case .string(let value): .string(value)
        case .array(let values): .array(values.map(\.mcpValue))
        case .object(let fields): .object(fields.mapValues(\.mcpValue))
        }
    }
}
