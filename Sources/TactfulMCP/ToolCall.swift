import MCP

/// `tools/call` with its parameters as sent. The SDK's `CallTool` decodes them itself and answers a call without
/// `name`, or with `arguments` that are not an object, with -32603 (Internal error); the MCP specification makes
/// those, and an unknown tool, -32602 (Invalid params). ``parse(_:)`` does so.
enum ToolCall: Method {
    static let name = CallTool.name
    /// The parameters as sent (`null` when absent).
    typealias Parameters = Value
    typealias Result = CallTool.Result

    /// The tool and its arguments (none: an empty object), or -32602 naming what is wrong.
    static func parse(_ parameters: Value) throws(MCPError) -> (tool: Tool, arguments: [String: Value]) {
        guard case .object(let fields) = parameters else {
            throw .invalidParams("tools/call needs params with the name of a tool")
        }
        guard case .string(let name)? = fields["name"] else {
            throw .invalidParams("name: the tool to call is required, as a string")
        }
        let arguments: [String: Value]
        switch fields["arguments"] {
        case nil, .null?: arguments = [:]
        case .object(let given)?: arguments = given
        default: throw .invalidParams("arguments must be an object")
        }
        guard let tool = MCPToolCatalog.named(name) else {
            throw .invalidParams(
                "Unknown tool: \(name) (tools: \(MCPToolCatalog.all.map(\.name).joined(separator: ", ")))")
        }
        return (tool, arguments)
    }
}
