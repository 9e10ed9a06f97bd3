import ForgeEmitters
import Foundation
import Testing

/// Builds a client for a small document and checks the requests it sends through a recording transport.
@Suite("Client behaviour", .serialized)
struct ClientBehaviourTests {
    @Test func requestsCarryEncodedParameters() throws {
        let files: [GeneratedFile] = try Pipeline.files(yaml: Self.document)
        let result: Toolchain.Result = try ProgramRunner.run(files, program: Self.program)
        #expect(result.status == 0)
        let lines: [Substring] = result.output.split(separator: "\n")
        let expected: [Substring] = Self.expected.split(separator: "\n")
        #expect(lines.count == expected.count, "\(result.output)")
        for (line, wanted) in zip(lines, expected) {
            #expect(line == wanted)
        }
    }

    @Test func deprecatedOperationWarnsOnlyAtCallSite() throws {
        let files: [GeneratedFile] = try Pipeline.files(yaml: Self.deprecatedDocument)
        let quiet: Toolchain.Result = try ProgramRunner.build(files, program: Self.currentCaller)
        #expect(quiet.status == 0, "\(quiet.output)")

        let noisy: Toolchain.Result = try ProgramRunner.build(files, program: Self.currentCaller + Self.legacyCaller)
        let errors: [Substring] = noisy.output.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(noisy.status != 0)
        #expect(errors.count == 1, "\(noisy.output)")
        #expect(errors.first?.contains("main.swift:7:") == true)
        #expect(errors.first?.contains("'listUsersLegacy()' is deprecated") == true)
    }

    static let expected: String = """
        GET /files/reports%2F2024%20Q1.pdf/revisions/7 [] []
        POST /jobs/a%3Fb%23c:cancel [] []
        GET /search/100%25%20caf%C3%A9 [priority=, default=true, where=x] [Authorization: Basic dTpw]
        GET /shipments [request=a, response=b, input=c, body=d, since=2024-01-15T08:45:00.000Z] []
        """

    static let document: String = """
        openapi: 3.0.3
        info: {title: Client, version: '1'}
        servers: [{url: 'https://example.invalid'}]
        paths:
          /files/{filePath}/revisions/{revision}:
            get:
              operationId: getFileRevision
              parameters:
                - {name: filePath, in: path, required: true, schema: {type: string}}
                - {name: revision, in: path, required: true, schema: {type: integer}}
              responses: {'200': {description: OK.}}
          /jobs/{jobId}:cancel:
            post:
              operationId: cancelJob
              parameters: [{name: jobId, in: path, required: true, schema: {type: string}}]
              responses: {'202': {description: Accepted.}}
          /search/{term}:
            get:
              operationId: searchTerm
              security: [{basicAuth: []}]
              parameters:
                - {name: term, in: path, required: true, schema: {type: string}}
                - {name: priority, in: query, schema: {type: string, enum: ['', high]}}
                - {name: default, in: query, schema: {type: boolean}}
                - {name: where, in: query, schema: {type: string}}
              responses: {'200': {description: OK.}}
          /shipments:
            get:
              operationId: listShipments
              parameters:
                - {name: request, in: query, schema: {type: string}}
                - {name: response, in: query, schema: {type: string}}
                - {name: input, in: query, schema: {type: string}}
                - {name: body, in: query, schema: {type: string}}
                - {name: since, in: query, schema: {type: string, format: date-time}}
              responses: {'200': {description: OK.}}
        components:
          securitySchemes:
            basicAuth: {type: http, scheme: basic}
        """

    static let program: String = #"""
        import Foundation
        import OpenAPIForgeRuntime

        final class RecordingTransport: ClientTransport, @unchecked Sendable {
            var requests: [HTTPRequest] = []

            func send(_ request: HTTPRequest, baseURL: URL) async throws -> HTTPResponse {
                requests.append(request)
                return HTTPResponse(statusCode: 200)
            }
        }

        let transport: RecordingTransport = RecordingTransport()
        let credentials: Client.Authentication = Client.Authentication(basicAuth: (username: "u", password: "p"))
        let client: Client = Client(transport: transport, authentication: credentials)
        _ = try await client.getFileRevision(filePath: "reports/2024 Q1.pdf", revision: 7)
        _ = try await client.cancelJob(jobId: "a?b#c")
        _ = try await client.searchTerm(term: "100% café", priority: ._empty, default: true, where: "x")
        let since: Date = DateCoding.decodeDateTime("2024-01-15T09:45:00+01:00")!
        _ = try await client.listShipments(request: "a", response: "b", input: "c", body: "d", since: since)
        for request in transport.requests {
            let query: String = request.query.map { "\($0.name)=\($0.value ?? "")" }.joined(separator: ", ")
            let headers: String = request.headers.map { "\($0.name): \($0.value)" }.joined(separator: ", ")
            print("\(request.method) \(request.path) [\(query)] [\(headers)]")
        }
        """#

    static let deprecatedDocument: String = """
        openapi: 3.0.3
        info: {title: Deprecation, version: '1'}
        servers: [{url: 'https://example.invalid'}]
        paths:
          /legacy/users:
            get:
              operationId: listUsersLegacy
              deprecated: true
              responses:
                '200':
                  description: Users.
                  content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/LegacyUser'}}}}
            post:
              operationId: createUserLegacy
              deprecated: true
              requestBody:
                content:
                  application/json:
                    schema: {type: object, properties: {login: {type: string, maxLength: 8}}}
              responses: {'201': {description: Created.}}
          /users:
            get:
              operationId: listUsers
              responses:
                '200':
                  description: Users.
                  content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/User'}}}}
        components:
          schemas:
            LegacyUser:
              deprecated: true
              type: object
              properties: {login: {type: string, maxLength: 8}}
            User:
              type: object
              properties:
                userId: {type: string}
                login: {type: string, deprecated: true, maxLength: 8}
        """

    static let currentCaller: String = """
        import Foundation

        let client: Client = Client()
        let users: [User] = [User(userId: "u-1")]
        print(users.count, client.baseURL)

        """

    static let legacyCaller: String = """
        func legacy() async throws {
            _ = try await client.listUsersLegacy()
        }

        """
}
