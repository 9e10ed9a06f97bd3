import ForgeEmitters
import Testing

@Suite("Client templates")
struct ClientTemplateTests {
    private func client(paths: String, components: String = "{}") throws -> [GeneratedFile] {
        let yaml: String = """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            servers: [{url: 'https://api.example.com/v1'}]
            paths:
            \(paths.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
            components: \(components)
            """
        return try Pipeline.files(yaml: yaml) { options in
            options.includesSourceLocations = false
            options.outputs = [.client]
        }
    }

    @Test func parametersBecomeQueryItemsHeadersAndCookies() throws {
        let files: [GeneratedFile] = try client(
            paths: """
                /items/{itemId}:
                  get:
                    operationId: listItems
                    parameters:
                      - {name: itemId, in: path, required: true, schema: {type: integer}}
                      - {name: tag, in: query, schema: {type: array, items: {type: string}}}
                      - {name: limit, in: query, required: true, schema: {type: integer}}
                      - {name: X-Trace, in: header, schema: {type: string}}
                      - {name: session, in: cookie, schema: {type: string}}
                    responses:
                      '204': {description: Done.}
                """)
        Snippets.expect(
            files,
            contains: """
                    public func listItems(
                        itemId: Int,
                        tag: [String]? = nil,
                        limit: Int,
                        xTrace: String? = nil,
                        session: String? = nil
                    ) async throws -> Operations.ListItems.Response {
                        let forge_path0: String = PathEncoding.encodeSegment(String(itemId))
                        let forge_path: String = "/items/\\(forge_path0)"
                        var forge_request: HTTPRequest = HTTPRequest(method: "GET", path: forge_path)
                        var forge_cookies: [String] = []
                        if let forge_value = tag {
                            forge_request.query += QueryEncoding.formArray(name: "tag", values: forge_value, explode: true)
                        }
                        let forge_text1: String = String(limit)
                        forge_request.query.append(QueryItem(name: "limit", value: forge_text1))
                        if let forge_value = xTrace {
                            forge_request.setHeader("X-Trace", forge_value)
                        }
                        if let forge_value = session {
                            forge_cookies.append("session" + "=" + forge_value)
                        }
                        if !forge_cookies.isEmpty {
                            forge_request.setHeader("Cookie", forge_cookies.joined(separator: "; "))
                        }
                        let forge_response: HTTPResponse = try await self.forge_send(
                            forge_request, requirements: [])
                        switch forge_response.statusCode {
                        case 204:
                            return .noContent
                        default:
                            return .undocumented(statusCode: forge_response.statusCode, body: forge_response.body)
                        }
                    }
                """)
    }

    @Test func explicitCodesComeBeforeRangesAndDefault() throws {
        let files: [GeneratedFile] = try client(
            paths: """
                /uploads:
                  get:
                    operationId: getUpload
                    responses:
                      default:
                        description: Problem.
                        content: {application/json: {schema: {type: object, properties: {title: {type: string}}}}}
                      4XX: {description: Client error.}
                      '404': {description: Missing.}
                      '200':
                        description: Text.
                        content: {text/plain: {schema: {type: string}}}
                """)
        Snippets.expect(
            files,
            contains: """
                        switch forge_response.statusCode {
                        case 404:
                            return .notFound
                        case 200:
                            let forge_body: String = String(decoding: forge_response.body, as: UTF8.self)
                            return .ok(forge_body)
                        case 400...499:
                            return .clientError(statusCode: forge_response.statusCode)
                        default:
                            let forge_decoder: JSONDecoder = JSONCoding.makeDecoder()
                            let forge_body: Operations.GetUpload.DefaultBody = try BodyCoding.decodeJSON(
                                Operations.GetUpload.DefaultBody.self, from: forge_response, decoder: forge_decoder)
                            return .`default`(statusCode: forge_response.statusCode, body: forge_body)
                        }
                """)
        Snippets.expect(files, contains: "            case clientError(statusCode: Int)\n")
    }

    @Test func securitySchemesBecomeCredentials() throws {
        let files: [GeneratedFile] = try client(
            paths: """
                /me:
                  get:
                    operationId: getMe
                    security: [{basicAuth: []}, {apiKey: []}]
                    responses:
                      '200': {description: Me.}
                """,
            components: """
                {securitySchemes: {basicAuth: {type: http, scheme: basic}, apiKey: {type: apiKey, in: query, name: key}}}
                """)
        Snippets.expect(
            files,
            contains: """
                        public init(
                            basicAuth: (username: String, password: String)? = nil,
                            apiKey: String? = nil
                        ) {
                """)
        Snippets.expect(
            files,
            contains: """
                            return ClientAuthentication.apiKey(name: "key", location: .query, value: forge_credential)
                """)
        Snippets.expect(
            files,
            contains: "self.forge_send(\n            forge_request, requirements: [[\"basicAuth\"], [\"apiKey\"]])")
        Snippets.expect(
            files,
            contains:
                "public static let defaultServerURL: URL =\n        URL(string: \"https://api.example.com/v1\")!\n")
    }

    @Test func constrainedParametersAreCheckedBeforeSending() throws {
        let files: [GeneratedFile] = try client(
            paths: """
                /search:
                  get:
                    operationId: search
                    parameters:
                      - {name: q, in: query, required: true, schema: {type: string, minLength: 2, pattern: '^[a-z]+$'}}
                    responses:
                      '200': {description: Found.}
                """)
        Snippets.expect(
            files,
            contains: """
                extension Client {
                    private static let forge_pattern_search_0: ValidationPattern =
                        ValidationPattern("^[a-z]+$")
                """)
        Snippets.expect(
            files,
            contains: """
                        if self.validatesRequests {
                            var forge_context: ValidationContext = ValidationContext()
                            do {
                                let forge_pointer: String = "/query/q"
                                forge_context.checkMinLength(q, 2, at: forge_pointer)
                                forge_context.checkPattern(q, Self.forge_pattern_search_0, at: forge_pointer)
                            }
                            try self.forge_checkRequest(forge_context)
                        }
                """)
    }

    /// Response cases hold their bodies out of line, so copying a response never copies a large struct.
    @Test func responsesAreIndirect() throws {
        let files: [GeneratedFile] = try client(
            paths: """
                /items:
                  get:
                    operationId: listItems
                    responses:
                      '200':
                        description: ok
                        content:
                          application/json: {schema: {type: object, properties: {id: {type: string}}}}
                """)
        Snippets.expect(files, contains: "public indirect enum Response: Equatable, Sendable {")
    }

    /// A `format: byte` parameter is sent as its base64 text, not as a quoted JSON string.
    @Test func byteParameterSentAsBase64() throws {
        let files: [GeneratedFile] = try client(
            paths: """
                /blobs:
                  get:
                    operationId: findBlob
                    parameters:
                      - {name: digest, in: query, required: true, schema: {type: string, format: byte}}
                    responses:
                      '204': {description: found}
                """)
        Snippets.expect(files, contains: "digest.data.base64EncodedString()")
    }
}
