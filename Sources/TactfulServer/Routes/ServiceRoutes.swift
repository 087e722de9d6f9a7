import Hummingbird

/// The page and the operational endpoints: `GET /` (the playground), `GET /healthz`, `GET /metrics`.
struct ServiceRoutes: Sendable {
    let metrics: ServerMetrics

    func add(to router: Router<BasicRequestContext>) {
        router.get("/") { _, _ in
            Response(
                status: .ok,
                headers: [
                    .contentType: "text/html; charset=utf-8", .cacheControl: "no-cache",
                    .init("X-Content-Type-Options")!: "nosniff",
                ],
                body: .init(byteBuffer: ByteBuffer(string: PlaygroundPage.html)))
        }
        router.get("/healthz") { _, _ in JSONBody.response(["status": "ok"]) }
        router.get("/metrics") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: metrics.exposition())))
        }
    }
}
