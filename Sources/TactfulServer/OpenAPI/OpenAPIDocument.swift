import Foundation
import Hummingbird
import TactfulAPI

/// The OpenAPI 3.1 description of `tactful serve`, built from ``RouteTable``: every endpoint with its request and
/// response schemas (TactfulAPI's, the ones the MCP tools publish too), an example request, and the JSON error
/// shape. Served at `GET /openapi.json`; `docs/openapi.json` in the repository holds the same bytes (a test checks).
enum OpenAPIDocument {
    /// The document.
    static let document = build(RouteTable.all)

    /// The document as served: pretty-printed JSON with sorted keys, and a final newline.
    static let json: Data = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(document)) ?? Data("{}".utf8)) + Data("\n".utf8)
    }()

    /// The document for `endpoints`.
    static func build(_ endpoints: [Endpoint]) -> JSONValue {
        var paths: [String: [String: JSONValue]] = [:]
        var schemas: [String: JSONValue] = ["Error": errorSchema]
        for endpoint in endpoints {
            paths[endpoint.path, default: [:]][endpoint.method.rawValue.lowercased()] = operation(endpoint, &schemas)
        }
        let statuses = Set(endpoints.flatMap { $0.errors.map(\.code) })
        return [
            "openapi": "3.1.0",
            "info": [
                "title": "Tactful",
                "version": "v1",
                "description": """
                tactful serve: lint customer-support reply drafts for the customer's market, with holidays, SLA \
                due times and converters, as JSON over HTTP. Every error is JSON, {"error": {"status", "field", \
                "message"}}, naming the request field at fault; a path not listed here answers 404, a method a \
                path does not take 405 with Allow, and HEAD works wherever GET does. With tokens configured \
                (serve: tokens:, TACTFUL_SERVE_TOKENS), /v1/ needs Authorization: Bearer TOKEN.
                """,
            ],
            "paths": .object(paths.mapValues { .object($0) }),
            "components": [
                "schemas": .object(schemas),
                "responses": .object(
                    Dictionary(
                        uniqueKeysWithValues: errorResponses.filter { statuses.contains($0.code) }.map {
                            ($0.name, errorResponse($0.description, challenge: $0.code == 401))
                        })),
                "securitySchemes": [
                    "bearerAuth": [
                        "type": "http", "scheme": "bearer",
                        "description": "Only when the service has tokens; the scheme name is case-insensitive.",
                    ]
                ],
            ],
        ]
    }

    private static func operation(_ endpoint: Endpoint, _ schemas: inout [String: JSONValue]) -> JSONValue {
        var operation: [String: JSONValue] = [
            "operationId": .string(endpoint.operation), "summary": .string(endpoint.summary),
        ]
        if let body = endpoint.body {
            schemas[body.name] = body.schema
            var media: [String: JSONValue] = ["schema": reference(body.name)]
            if let example = endpoint.example { media["example"] = example }
            operation["requestBody"] = ["required": true, "content": ["application/json": .object(media)]]
        }
        if let query = endpoint.query {
            operation["parameters"] = .array(parameters(query, example: endpoint.example))
        }
        var responses: [String: JSONValue] = ["200": success(endpoint, &schemas)]
        for status in endpoint.errors {
            let name = errorResponses.first { $0.code == status.code }?.name ?? "Error\(status.code)"
            responses[String(status.code)] = ["$ref": .string("#/components/responses/\(name)")]
        }
        operation["responses"] = .object(responses)
        if endpoint.guarded { operation["security"] = [[:], ["bearerAuth": []]] }
        return .object(operation)
    }

    /// The properties of an object schema as query parameters, each with its description and example.
    private static func parameters(_ query: JSONValue, example: JSONValue?) -> [JSONValue] {
        guard case .object(let fields) = query, case .object(let properties)? = fields["properties"] else { return [] }
        let required: Set<String>
        if case .array(let names)? = fields["required"] {
            required = Set(names.compactMap { if case .string(let name) = $0 { name } else { nil } })
        } else {
            required = []
        }
        return properties.keys.sorted().map { name in
            var schema = properties[name] ?? [:]
            var parameter: [String: JSONValue] = [
                "name": .string(name), "in": "query", "required": .bool(required.contains(name)),
            ]
            if case .object(var fields) = schema, let description = fields.removeValue(forKey: "description") {
                parameter["description"] = description
                schema = .object(fields)
            }
            parameter["schema"] = JSONSchema.nonNull(schema)
            if case .object(let values)? = example, let value = values[name] { parameter["example"] = value }
            return .object(parameter)
        }
    }

    private static func success(_ endpoint: Endpoint, _ schemas: inout [String: JSONValue]) -> JSONValue {
        switch endpoint.answer {
        case .json(let answer):
            schemas[answer.name] = answer.schema
            return [
                "description": .string(answer.name),
                "content": ["application/json": ["schema": reference(answer.name)]],
            ]
        case .text(let mediaType):
            let bare = String(mediaType.prefix { $0 != ";" })
            return ["description": .string(mediaType), "content": [bare: ["schema": ["type": "string"]]]]
        case .jsonOrText(let answer, let alternatives):
            schemas[answer.name] = answer.schema
            var content: [String: JSONValue] = ["application/json": ["schema": reference(answer.name)]]
            for mediaType in alternatives {
                content[String(mediaType.prefix { $0 != ";" })] = ["schema": ["type": "string"]]
            }
            return ["description": .string(answer.name), "content": .object(content)]
        }
    }

    private static func reference(_ name: String) -> JSONValue { ["$ref": .string("#/components/schemas/\(name)")] }

    /// `{"error": {"status", "field", "message"}}` (``APIError``).
    private static let errorSchema = JSONSchema.object(
        required: [
            "error": JSONSchema.object(
                required: [
                    "status": JSONSchema.integer(), "message": JSONSchema.string("What is wrong, in one line."),
                ],
                optional: ["field": JSONSchema.string("The request field at fault (market, text, body…).")],
                closed: true)
        ], closed: true, description: "Every error the service answers with.")

    /// The errors routes answer with, by status.
    private static let errorResponses: [(code: Int, name: String, description: String)] = [
        (400, "BadRequest", "Bad input: the error names the request field at fault."),
        (401, "Unauthorized", "The service has tokens and the request has no valid Authorization: Bearer TOKEN."),
        (413, "ContentTooLarge", "The body is larger than the service's cap (serve: maxBodyBytes:)."),
        (503, "ServiceUnavailable", "The work outlived the time budget, or there are no exchange rates."),
    ]

    private static func errorResponse(_ description: String, challenge: Bool) -> JSONValue {
        var response: [String: JSONValue] = [
            "description": .string(description),
            "content": ["application/json": ["schema": reference("Error")]],
        ]
        if challenge {
            response["headers"] = [
                "WWW-Authenticate": ["description": "Bearer realm=\"tactful\"", "schema": ["type": "string"]]
            ]
        }
        return .object(response)
    }
}
