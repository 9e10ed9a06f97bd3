import Foundation
import OpenAPIForgeRuntime
import Testing

private struct Item: Codable {
    var id: String
    var tags: [String: [Int]]
}

@Suite struct ClientErrorTests {
    private func failure(_ json: String) throws -> DecodingFailure {
        do {
            _ = try JSONDecoder().decode([Item].self, from: Data(json.utf8))
        } catch let error as DecodingError {
            return DecodingFailure(error)
        }
        throw ClientError.invalidRequest(message: "decoding unexpectedly succeeded")
    }

    @Test func missingKeyPointsAtKey() throws {
        let result: DecodingFailure = try failure(#"[{"id":"a","tags":{}},{"tags":{}}]"#)
        #expect(result.pointer == "/1/id")
        #expect(result.message == "missing required property 'id'")
        #expect(result.description == "/1/id: missing required property 'id'")
    }

    @Test func typeMismatchPointsAtValue() throws {
        let result: DecodingFailure = try failure(#"[{"id":"a","tags":{"3":[1,"x"],"a/b":[]}}]"#)
        #expect(result.pointer == "/0/tags/3/1")
        #expect(result.message.isEmpty == false)
    }

    @Test func escapesKeysInPointer() throws {
        let result: DecodingFailure = try failure(#"[{"id":"a","tags":{"a/b~":null}}]"#)
        #expect(result.pointer == "/0/tags/a~1b~0")
    }

    @Test func bodyDecodingMapsErrors() throws {
        let response: HTTPResponse = HTTPResponse(
            statusCode: 200, headers: [HTTPHeader(name: "content-type", value: "text/html")], body: Data("<html>".utf8))
        #expect {
            try BodyCoding.decodeJSON([Item].self, from: response, decoder: JSONCoding.makeDecoder())
        } throws: { error in
            guard case ClientError.undecodableBody(200, "text/html", _) = error else {
                return false
            }
            return true
        }

        let invalid: HTTPResponse = HTTPResponse(statusCode: 201, body: Data(#"[{"id":1,"tags":{}}]"#.utf8))
        #expect {
            try BodyCoding.decodeJSON([Item].self, from: invalid, decoder: JSONCoding.makeDecoder())
        } throws: { error in
            guard case ClientError.invalidResponseBody(201, "/0/id", _) = error else {
                return false
            }
            return true
        }
    }

    @Test func bodyEncodingMapsErrors() throws {
        let data: Data = try BodyCoding.encodeJSON(["a/b"], encoder: JSONCoding.makeEncoder())
        #expect(String(decoding: data, as: UTF8.self) == #"["a/b"]"#)
        #expect {
            try BodyCoding.encodeJSON([Double.nan], encoder: JSONCoding.makeEncoder())
        } throws: { error in
            "\(error)".hasPrefix("invalid request: request body cannot be encoded: /0: ")
        }
    }

    @Test func descriptions() {
        let issue: ValidationIssue = ValidationIssue(
            pointer: "/a", keyword: "minItems", limit: "1", value: "0", message: "0 items is fewer than minItems 1")
        #expect(
            ClientError.requestValidation(ValidationError(issues: [issue])).description
                == "request failed validation:\n/a: 0 items is fewer than minItems 1")
        #expect(
            ClientError.invalidResponseBody(statusCode: 200, pointer: "", message: "m").description
                == "response 200 body is invalid at (root): m")
        #expect(ClientError.timedOut.description == "request timed out before a response arrived")
    }
}

/// Adds a header on the way out and records the status on the way back.
private struct TaggingMiddleware: ClientMiddleware {
    let tag: String

    func intercept(
        _ request: HTTPRequest, baseURL: URL, next: @Sendable (HTTPRequest, URL) async throws -> HTTPResponse
    ) async throws -> HTTPResponse {
        var tagged: HTTPRequest = request
        tagged.addHeader("X-Tag", tag)
        var response: HTTPResponse = try await next(tagged, baseURL)
        response.headers.append(HTTPHeader(name: "X-Seen", value: tag))
        return response
    }
}

/// Echoes the request's `X-Tag` headers as the body.
private struct EchoTransport: ClientTransport {
    func send(_ request: HTTPRequest, baseURL: URL) async throws -> HTTPResponse {
        let tags: String = request.headers.values(named: "x-tag").joined(separator: ",")
        return HTTPResponse(statusCode: 200, body: Data((baseURL.absoluteString + " " + tags).utf8))
    }
}

@Suite struct ClientPipelineTests {
    @Test func runsMiddlewaresInOrder() async throws {
        let response: HTTPResponse = try await ClientPipeline.send(
            HTTPRequest(method: "GET", path: "/"), baseURL: URL(string: "http://127.0.0.1:1")!,
            middlewares: [TaggingMiddleware(tag: "outer"), TaggingMiddleware(tag: "inner")], transport: EchoTransport())
        #expect(String(decoding: response.body, as: UTF8.self) == "http://127.0.0.1:1 outer,inner")
        #expect(response.headers.values(named: "X-Seen") == ["inner", "outer"])
    }

    @Test func worksWithoutMiddlewares() async throws {
        let response: HTTPResponse = try await ClientPipeline.send(
            HTTPRequest(method: "GET", path: "/"), baseURL: URL(string: "http://127.0.0.1:1")!, middlewares: [],
            transport: EchoTransport())
        #expect(response.statusCode == 200)
    }
}
