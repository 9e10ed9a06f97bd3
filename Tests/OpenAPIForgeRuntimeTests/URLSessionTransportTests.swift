import ForgeTestSupport
import Foundation
import OpenAPIForgeRuntime
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

@Suite struct URLSessionTransportTests {
    private func makeTransport(timeout: TimeInterval = 10) -> URLSessionTransport {
        let configuration: URLSessionConfiguration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        return URLSessionTransport(session: URLSession(configuration: configuration))
    }

    @Test func sendsAndReceivesIntact() async throws {
        let server: LoopbackHTTPServer = try LoopbackHTTPServer { _ in
            .respond(
                status: 201, headers: [("X-Trace", "t-1"), ("Content-Type", "application/json")],
                body: Data("{\"ok\":true}".utf8))
        }
        defer { server.stop() }
        let base: URL = try #require(URL(string: "http://127.0.0.1:\(server.port)/main"))
        let request: HTTPRequest = HTTPRequest(
            method: "POST", path: "/files/" + PathEncoding.encodeSegment("a b/c"),
            query: [QueryItem(name: "since", value: "2024-01-15T09:45:00+01:00"), QueryItem(name: "flag", value: nil)],
            headers: [
                HTTPHeader(name: "X-Request-Id", value: "r-9"),
                HTTPHeader(name: "Content-Type", value: "application/json"),
            ],
            body: Data(#"{"name":"é"}"#.utf8))

        let response: HTTPResponse = try await makeTransport().send(request, baseURL: base)

        #expect(response.statusCode == 201)
        #expect(response.headers.value(named: "x-trace") == "t-1")
        #expect(response.body == Data("{\"ok\":true}".utf8))
        let received: LoopbackHTTPServer.Request = try #require(server.receivedRequests.first)
        #expect(received.method == "POST")
        #expect(received.target == "/main/files/a%20b%2Fc?since=2024-01-15T09%3A45%3A00%2B01%3A00&flag")
        #expect(received.header("X-Request-Id") == "r-9")
        #expect(received.body == Data(#"{"name":"é"}"#.utf8))
    }

    @Test func returnsErrorStatusesAsResponses() async throws {
        let server: LoopbackHTTPServer = try LoopbackHTTPServer { _ in
            .respond(status: 404, headers: [], body: Data())
        }
        defer { server.stop() }
        let response: HTTPResponse = try await makeTransport().send(
            HTTPRequest(method: "GET", path: "/x"), baseURL: server.baseURL)
        #expect(response.statusCode == 404)
        #expect(response.body.isEmpty)
        #expect(server.receivedRequests.first?.target == "/x")
    }

    @Test func closedConnectionIsTyped() async throws {
        let server: LoopbackHTTPServer = try LoopbackHTTPServer { _ in .closeWithoutReply }
        defer { server.stop() }
        let error: ClientError? = await #expect(throws: ClientError.self) {
            try await makeTransport().send(HTTPRequest(method: "GET", path: "/"), baseURL: server.baseURL)
        }
        #expect(error.map { "\($0)" } == "\(ClientError.connectionClosed)")
    }

    @Test func silentServerTimesOut() async throws {
        // The stall outlasts the 1 s timeout by far, so only a timeout can end the request first,
        // even on a loaded machine; a close at the end of the stall would be `connectionClosed`.
        let server: LoopbackHTTPServer = try LoopbackHTTPServer { _ in .stall(seconds: 30) }
        defer { server.stop() }
        let error: ClientError? = await #expect(throws: ClientError.self) {
            try await makeTransport(timeout: 1).send(HTTPRequest(method: "GET", path: "/slow"), baseURL: server.baseURL)
        }
        #expect(error.map { "\($0)" } == "\(ClientError.timedOut)")
    }

    @Test func refusedConnectionIsTransportError() async throws {
        let server: LoopbackHTTPServer = try LoopbackHTTPServer { _ in .closeWithoutReply }
        let base: URL = server.baseURL
        server.stop()
        let error: ClientError? = await #expect(throws: ClientError.self) {
            try await makeTransport().send(HTTPRequest(method: "GET", path: "/"), baseURL: base)
        }
        guard case .transport(let code, _)? = error else {
            Issue.record("expected a transport error, got \(String(describing: error))")
            return
        }
        #expect(code == URLError.cannotConnectToHost.rawValue)
    }

    @Test func joinsBasePath() throws {
        let request: HTTPRequest = HTTPRequest(
            method: "GET", path: "/items", query: [QueryItem(name: "q", value: "a+b c")])
        let withSlash: URL = try URLSessionTransport.makeURL(
            for: request, baseURL: URL(string: "http://127.0.0.1:8080/main/")!)
        #expect(withSlash.absoluteString == "http://127.0.0.1:8080/main/items?q=a%2Bb%20c")
        let bare: URL = try URLSessionTransport.makeURL(
            for: HTTPRequest(method: "GET", path: "/"), baseURL: URL(string: "http://127.0.0.1:8080")!)
        #expect(bare.absoluteString == "http://127.0.0.1:8080/")
    }
}
