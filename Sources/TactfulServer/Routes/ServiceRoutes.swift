import Hummingbird

/// The page and the operational endpoints: `GET /` (the playground), `GET /healthz`, `GET /metrics`, and
/// `GET /openapi.json` (the OpenAPI description of every endpoint).
struct ServiceRoutes: Sendable {
    let metrics: ServerMetrics

    func add(to router: Router<BasicRequestContext>) {
        router.on(RouteTable.playground) { _, _ in
            Response(
                status: .ok,
                headers: [
                    .contentType: RouteTable.playground.answer.mediaType, .cacheControl: "no-cache",
                    .init("X-Content-Type-Options")!: "nosniff",
                ],
                body: .init(byteBuffer: ByteBuffer(string: PlaygroundPage.html)))
        }
        router.on(RouteTable.health) { _, _ in JSONBody.response(["status": "ok"]) }
        router.on(RouteTable.openAPI) { _, _ in
            Response(
                status: .ok, headers: [.contentType: RouteTable.openAPI.answer.mediaType],
                body: .init(byteBuffer: ByteBuffer(bytes: OpenAPIDocument.json)))
        }
        router.on(RouteTable.metrics) { _, _ in
            Response(
                status: .ok, headers: [.contentType: RouteTable.metrics.answer.mediaType],
                body: .init(byteBuffer: ByteBuffer(string: metrics.exposition())))
        }
    }
}
