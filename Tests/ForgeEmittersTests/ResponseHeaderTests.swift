import ForgeEmitters
import Foundation
import Testing

/// Documented response headers: the nested structs, the cases carrying them, and what a built client reads.
@Suite("Response headers", .serialized)
struct ResponseHeaderTests {
    @Test func headerStructsAndCases() throws {
        let files: [GeneratedFile] = try Pipeline.files(yaml: Self.document) { options in
            options.includesSourceLocations = false
        }
        Snippets.expect(files, contains: "            case ok(Pet, headers: OkHeaders)\n")
        Snippets.expect(files, contains: "            case noContent\n")
        Snippets.expect(files, contains: "            case clientError(statusCode: Int, headers: ClientErrorHeaders)\n")
        Snippets.expect(
            files, contains: "            case `default`(statusCode: Int, body: Pet, headers: DefaultHeaders)\n")
        Snippets.expect(
            files,
            contains: """
                                public var xRequestId: UUID
                                /// - Header: `X-Rate-Limit`
                                public var xRateLimit: Int?
                """)
        Snippets.expect(
            files,
            contains: """
                                public init(
                                    xRequestId: UUID,
                                    xRateLimit: Int? = nil,
                """)
        #expect(!files.allContents.contains("contentType"))
    }

    @Test func headersReadInBranch() throws {
        let files: [GeneratedFile] = try Pipeline.files(yaml: Self.document) { options in
            options.includesSourceLocations = false
        }
        let headersType: String = "Operations.GetPet.Response.ClientErrorHeaders"
        let retryAfter: String =
            #"try HeaderDecoding.required("Retry-After", in: forge_response) { forge_text in Int(forge_text) }"#
        Snippets.expect(
            files,
            contains: """
                            let forge_headers: \(headersType) = \(headersType)(
                                retryAfter: \(retryAfter)
                            )
                            return .clientError(statusCode: forge_response.statusCode, headers: forge_headers)
                """)
    }

    @Test func clientReadsHeaders() throws {
        let files: [GeneratedFile] = try Pipeline.files(yaml: Self.document)
        let program: String = Self.imports + ProgramOutput.recordingTransport(status: 204) + Self.program
        let result: Toolchain.Result = try ProgramRunner.run(files, program: program)
        ProgramOutput.expect(result, lines: Self.expected)
    }

    /// Header structs take the response enum's conformances, so they build with every equality setting.
    @Test(arguments: [EmitterOptions.Equality.hashable, .none])
    func headersBuildWithEquality(equality: EmitterOptions.Equality) throws {
        let files: [GeneratedFile] = try Pipeline.files(yaml: Self.document) { options in
            options.equality = equality
        }
        let build: Toolchain.Result = try ProgramRunner.build(files, program: "print(Client().baseURL)\n")
        #expect(build.status == 0, "\(build.output)")
        let conformances: String = equality == .hashable ? "Hashable, Sendable" : "Sendable"
        Snippets.expect(files, contains: "public struct OkHeaders: \(conformances) {\n")
    }

    static let expected: String = """
        ok Rex 6F9619FF-8B86-D011-B42D-00CF4FC964FF 42 2024-01-15T08:45:00.000Z ["a", "b c"] fast
        ok Rex 6F9619FF-8B86-D011-B42D-00CF4FC964FF nil nil nil nil
        error: response 200 header 'X-Request-Id': missing, but the document marks it required
        error: response 200 header 'X-Request-Id': 'not-a-uuid' cannot be read as UUID
        clientError 429 30
        error: response 404 header 'Retry-After': 'soon' cannot be read as Int
        default 500 Rex trace-1
        noContent
        """

    /// Responses of one operation with the same headers share one struct instead of repeating it.
    /// A call's argument list needs no backticks around keywords such as `self`; Swift warns when they are there.
    @Test func keywordHeadersBuildWithoutWarnings() throws {
        let yaml: String = """
            openapi: 3.0.3
            info: {title: Keywords, version: '1'}
            servers: [{url: 'https://api.example.com'}]
            paths:
              /items:
                get:
                  operationId: listItems
                  responses:
                    '200':
                      description: Items.
                      headers: {self: {schema: {type: integer}}, default: {schema: {type: string}}}
            """
        let files: [GeneratedFile] = try Pipeline.files(yaml: yaml) { $0.includesSourceLocations = false }
        Snippets.expect(files, contains: " self: HeaderDecoding.optional(\"self\"")
        Snippets.expect(files, contains: " default: HeaderDecoding.optional(\"default\"")
        let build: Toolchain.Result = try ProgramRunner.build(files, program: "print(Client().baseURL)\n")
        #expect(build.status == 0, "\(build.output)")
        #expect(!build.output.contains("does not need to be escaped"), "\(build.output)")
    }

    @Test func sameHeadersShareOneStruct() throws {
        let yaml: String = """
            openapi: 3.0.3
            info: {title: Shared, version: '1'}
            paths:
              /items:
                get:
                  operationId: listItems
                  responses:
                    '200': {description: Items., headers: {X-Limit: {schema: {type: integer}}}}
                    '429': {description: Slow down., headers: {X-Limit: {schema: {type: integer}}}}
                    default: {description: Other., headers: {X-Limit: {schema: {type: integer}}}}
              /other:
                get:
                  operationId: getOther
                  responses:
                    '200': {description: Ok., headers: {X-Limit: {schema: {type: integer}}}}
                    '404': {description: Missing., headers: {X-Trace: {schema: {type: string}}}}
            """
        let files: [GeneratedFile] = try Pipeline.files(yaml: yaml) { $0.includesSourceLocations = false }
        Snippets.expect(files, contains: "            case ok(headers: Headers)\n")
        Snippets.expect(files, contains: "            case tooManyRequests(headers: Headers)\n")
        Snippets.expect(files, contains: "            case `default`(statusCode: Int, headers: Headers)\n")
        Snippets.expect(
            files, contains: "/// The documented headers of the `ok`, `tooManyRequests` and `default` responses.\n")
        Snippets.expect(files, contains: "            case notFound(headers: NotFoundHeaders)\n")
        Snippets.expect(files, contains: "            case ok(headers: OkHeaders)\n")
        let declarations: Int = files.allContents.components(separatedBy: "public struct Headers:").count - 1
        #expect(declarations == 1)
        let result: Toolchain.Result = try ProgramRunner.build(files, program: "print(\"built\")\n")
        #expect(result.status == 0, "\(result.output)")
    }

    static let document: String = """
        openapi: 3.0.3
        info: {title: Headers, version: '1'}
        servers: [{url: 'https://example.invalid'}]
        paths:
          /pets/{petId}:
            get:
              operationId: getPet
              parameters: [{name: petId, in: path, required: true, schema: {type: integer}}]
              responses:
                '200':
                  description: The pet.
                  headers:
                    X-Request-Id: {required: true, description: The request's id., schema: {type: string, format: uuid}}
                    X-Rate-Limit: {schema: {type: integer}}
                    Expires: {schema: {type: string, format: date-time}}
                    X-Tags: {schema: {type: array, items: {type: string}}}
                    X-Mode: {schema: {type: string, enum: [fast, slow]}}
                    Content-Type: {schema: {type: string}}
                  content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}
                '204': {description: Gone.}
                4XX:
                  description: Problem.
                  headers:
                    Retry-After: {required: true, schema: {type: integer}}
                default:
                  description: Other.
                  headers:
                    X-Trace: {schema: {type: string}}
                  content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}
        components:
          schemas:
            Pet: {type: object, required: [name], properties: {name: {type: string}}}
        """

    static let imports: String = "import Foundation\nimport OpenAPIForgeRuntime\n\n"

    static let program: String = #"""
        func reply(_ status: Int, _ headers: [String: String], body: String = "") -> HTTPResponse {
            let fields: [HTTPHeader] = headers.sorted { $0.key < $1.key }.map {
                HTTPHeader(name: $0.key, value: $0.value)
            }
            return HTTPResponse(statusCode: status, headers: fields, body: Data(body.utf8))
        }

        let transport: RecordingTransport = RecordingTransport()
        let client: Client = Client(transport: transport)
        let pet: String = #"{"name":"Rex"}"#
        let id: String = "6F9619FF-8B86-D011-B42D-00CF4FC964FF"
        let replies: [HTTPResponse] = [
            reply(200, [
                "x-request-id": id, "X-RATE-LIMIT": " 42 ", "expires": "2024-01-15T09:45:00+01:00", "x-tags": "a, b c",
                "X-Mode": "fast", "Content-Type": "application/json",
            ], body: pet),
            reply(200, ["X-Request-Id": id, "X-Rate-Limit": "many", "Expires": "later"], body: pet),
            reply(200, [:], body: pet),
            reply(200, ["X-Request-Id": "not-a-uuid"], body: pet),
            reply(429, ["Retry-After": "30"]),
            reply(404, ["Retry-After": "soon"]),
            reply(500, ["X-Trace": "trace-1"], body: pet),
            reply(204, [:]),
        ]
        for response in replies {
            transport.response = response
            do {
                switch try await client.getPet(petId: 1) {
                case .ok(let body, let headers):
                    let expires: String = headers.expires.map(DateCoding.encodeDateTime) ?? "nil"
                    let tags: String = headers.xTags.map { "\($0)" } ?? "nil"
                    let mode: String = headers.xMode.map { $0.rawValue } ?? "nil"
                    let limit: String = headers.xRateLimit.map(String.init) ?? "nil"
                    print("ok", body.name, headers.xRequestId.uuidString, limit, expires, tags, mode)
                case .clientError(let statusCode, let headers):
                    print("clientError", statusCode, headers.retryAfter)
                case .default(let statusCode, let body, let headers):
                    print("default", statusCode, body.name, headers.xTrace ?? "nil")
                case .noContent:
                    print("noContent")
                case .undocumented(let statusCode, _):
                    print("undocumented", statusCode)
                }
            } catch let error as ClientError {
                print("error: \(error)")
            }
        }
        """#
}
