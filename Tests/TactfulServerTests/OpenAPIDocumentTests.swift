import Foundation
import Hummingbird
import TactfulAPI
import Testing

@testable import TactfulServer

/// `GET /openapi.json`: built from the route table, served, and committed as docs/openapi.json.
@Suite struct OpenAPIDocumentTests {
    /// `docs/openapi.json` in the repository.
    static let committed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/openapi.json")

    /// With `TACTFUL_WRITE_OPENAPI=1` the test writes docs/openapi.json from the code instead of comparing.
    @Test func docsOpenAPIJSONIsWhatTheServiceServes() async throws {
        let served = try await TestServer.open.value.get("/openapi.json")
        #expect(served.status == 200 && served.header("Content-Type")?.hasPrefix("application/json") == true)
        #expect(served.body == OpenAPIDocument.json)
        if ProcessInfo.processInfo.environment["TACTFUL_WRITE_OPENAPI"] == "1" {
            try served.body.write(to: Self.committed)
        }
        let committed = try Data(contentsOf: Self.committed)
        #expect(
            committed == served.body,
            "docs/openapi.json differs from GET /openapi.json; regenerate it: TACTFUL_WRITE_OPENAPI=1 swift test --filter OpenAPIDocumentTests"
        )
    }

    @Test func everyEndpointOfTheTableIsServedAndDescribed() async throws {
        let server = try await TestServer.open.value
        let paths = (OpenAPIDocument.document.objectValue?["paths"]?.objectValue ?? [:])
        for endpoint in RouteTable.all {
            let reply = try await server.send(endpoint.method.rawValue, endpoint.path)
            #expect(
                ![404, 405].contains(reply.status), "\(endpoint.method) \(endpoint.path) is not served: \(reply.status)"
            )
            let operation = paths[endpoint.path]?.objectValue?[endpoint.method.rawValue.lowercased()]?.objectValue
            #expect(operation?["responses"]?.objectValue?["200"] != nil, "\(endpoint.path) is not described")
            for status in endpoint.errors {
                #expect(operation?["responses"]?.objectValue?[String(status.code)] != nil, "\(endpoint.path) \(status)")
            }
        }
        #expect(Set(paths.keys) == Set(RouteTable.all.map(\.path)))
    }

    @Test func exampleRequestsSucceed() async throws {
        let server = try await TestServer.open.value
        for endpoint in RouteTable.all {
            guard let example = endpoint.example else { continue }
            let reply: TestServer.Reply
            if endpoint.body != nil {
                let data = try JSONEncoder().encode(example)
                reply = try await server.send(endpoint.method.rawValue, endpoint.path, body: data)
            } else {
                let query = (example.objectValue ?? [:]).sorted { $0.key < $1.key }.map { key, value in
                    "\(key)=\(value.queryText.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"
                }
                reply = try await server.send(
                    endpoint.method.rawValue, endpoint.path + "?" + query.joined(separator: "&"))
            }
            #expect(reply.status == 200, "\(endpoint.path) example: \(reply.status) \(reply.text)")
        }
    }
}

extension JSONValue {
    fileprivate var objectValue: [String: JSONValue]? {
        if case .object(let fields) = self { fields } else { nil }
    }

    /// The value as a query parameter writes it.
    fileprivate var queryText: String {
        switch self {
        case .string(let text): text
        case .number(let number) where number.rounded() == number: String(Int(number))
        default: jsonText
        }
    }
}
