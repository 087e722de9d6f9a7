import Foundation
import TactfulAPI
import Testing

/// Each parameter of lint, holidays, guide, SLA due, size and convert is one parameter at every door: the CLI's options (as the
/// built binary declares them, `--experimental-dump-help`), the MCP tools' input schemas (``RequestSchemas``) and
/// the HTTP service's published document (`docs/openapi.json`) name the same ones. What one door has and the
/// others have not is listed here with its reason, so that a new field or option on one side fails until it is
/// added to the others or listed.
@Suite struct ParameterAgreementTests {
    /// One operation at its three doors.
    struct Operation: Sendable, CustomTestStringConvertible {
        /// The CLI's words (`["sla", "due"]`).
        let command: [String]
        /// The request's JSON Schema (the MCP tool's input schema).
        let schema: JSONValue
        /// The HTTP route: its path and whether its fields are query parameters (GET) or a JSON body (POST).
        let route: String, inQuery: Bool
        /// CLI options named otherwise in the requests (`--team-zone` → `teamTimeZone`); others are camel-cased.
        var renamed: [String: String] = [:]
        /// Options only the CLI has: how it reads files and renders answers.
        let cliOnly: Set<String>
        /// Request fields only the network doors have.
        var apiOnly: Set<String> = []

        var testDescription: String { command.joined(separator: " ") }
    }

    static let operations = [
        Operation(
            command: ["lint"], schema: RequestSchemas.lint, route: "/v1/lint", inQuery: false,
            renamed: ["team-zone": "teamTimeZone", "paths": "text"],
            // The config file, exit level, rendering, in-place rewriting and reading many drafts (in parallel, or
            // as JSON lines) belong to a door that reads files.
            cliOnly: ["config", "fail-on", "format", "fix", "fix-unsafe", "jobs", "input"],
            // A helpdesk has the customer's Accept-Language header; a file on disk has none.
            apiOnly: ["acceptLanguage"]),
        Operation(
            command: ["holidays"], schema: RequestSchemas.holidays, route: "/v1/holidays", inQuery: true,
            cliOnly: ["format"]),
        Operation(
            command: ["guide"], schema: RequestSchemas.guide, route: "/v1/guide", inQuery: true, cliOnly: []),
        Operation(
            command: ["sla", "due"], schema: RequestSchemas.slaDue, route: "/v1/sla/due", inQuery: false,
            // The server reads its policies from its own config, once.
            cliOnly: ["config", "format"]),
        Operation(
            command: ["size", "convert"], schema: RequestSchemas.size, route: "/v1/size", inQuery: true,
            // A store's chart is a file on the agent's disk.
            cliOnly: ["chart", "format"]),
        Operation(
            command: ["convert"], schema: RequestSchemas.draftConvert, route: "/v1/convert", inQuery: false,
            renamed: ["draft": "text"],
            // A store's chart is a file on the agent's disk; the server reads its rates from its own config, once.
            cliOnly: ["chart", "format", "rates", "rates-url"]),
    ]

    /// The request fields the CLI's options stand for, and the options it alone has.
    static func cliFields(_ operation: Operation) throws -> (fields: Set<String>, cliOnly: Set<String>) {
        let dump = try CLI.run(operation.command + ["--experimental-dump-help"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        let arguments = try #require((root["command"] as? [String: Any])?["arguments"] as? [[String: Any]])
        var fields: Set<String> = [], cliOnly: Set<String> = []
        for argument in arguments {
            let names = (argument["names"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
            let name = names.last ?? (argument["valueName"] as? String ?? "")
            guard !["help", "version"].contains(name) else { continue }
            if operation.cliOnly.contains(name) {
                cliOnly.insert(name)
            } else {
                fields.insert(operation.renamed[name] ?? camelCase(name))
            }
        }
        return (fields, cliOnly)
    }

    /// The fields of `docs/openapi.json`'s route: its query parameters, or its request body schema's properties.
    static func openAPIFields(_ operation: Operation) throws -> Set<String> {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/openapi.json")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let path = try #require((document["paths"] as? [String: Any])?[operation.route] as? [String: Any])
        let method = try #require(path[operation.inQuery ? "get" : "post"] as? [String: Any])
        if operation.inQuery {
            return Set((method["parameters"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String })
        }
        let body = (method["requestBody"] as? [String: Any])?["content"] as? [String: Any]
        let reference = try #require(
            ((body?["application/json"] as? [String: Any])?["schema"] as? [String: Any])?["$ref"] as? String)
        let schemas = (document["components"] as? [String: Any])?["schemas"] as? [String: Any]
        let schema = try #require(schemas?[String(reference.split(separator: "/").last ?? "")] as? [String: Any])
        return Set((schema["properties"] as? [String: Any] ?? [:]).keys)
    }

    static func schemaFields(_ schema: JSONValue) throws -> Set<String> {
        guard case .object(let object) = schema, case .object(let properties)? = object["properties"] else {
            Issue.record("not an object schema")
            return []
        }
        return Set(properties.keys)
    }

    static func camelCase(_ option: String) -> String {
        option.split(separator: "-").enumerated().map { $0.offset == 0 ? String($0.element) : $0.element.capitalized }
            .joined()
    }

    @Test(arguments: operations)
    func everyDoorNamesTheSameParameters(_ operation: Operation) throws {
        let schema = try Self.schemaFields(operation.schema)
        let (cli, cliOnly) = try Self.cliFields(operation)
        #expect(cliOnly == operation.cliOnly, "a CLI-only option listed here is gone from the CLI")
        #expect(cli == schema.subtracting(operation.apiOnly), "CLI options vs MCP input schema")
        #expect(operation.apiOnly.isSubset(of: schema))
        #expect(try Self.openAPIFields(operation) == schema, "docs/openapi.json vs MCP input schema")
    }

    @Test func optionsAreCamelCasedIntoFields() {
        #expect(Self.camelCase("customer-tz") == "customerTz")
        #expect(Self.camelCase("ui-language") == "uiLanguage")
        #expect(Self.camelCase("market") == "market")
    }
}
