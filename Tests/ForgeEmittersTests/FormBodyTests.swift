import ForgeEmitters
import Foundation
import Testing

/// `application/x-www-form-urlencoded` request bodies: typed method parameters, the encoding statements,
/// and the bodies a built client sends.
@Suite("Form bodies", .serialized)
struct FormBodyTests {
    @Test func formBodyTypedWithFieldStyles() throws {
        let files: [GeneratedFile] = try Pipeline.files(yaml: Self.document) { options in
            options.includesSourceLocations = false
            options.outputs = [.client]
        }
        Snippets.expect(
            files,
            contains: """
                    public func createToken(
                        body: TokenRequest
                    ) async throws -> Operations.CreateToken.Response {
                """)
        Snippets.expect(
            files,
            contains: """
                        let forge_fields: [FormField] = [
                            FormField(name: "scope", style: .form, explode: false),
                            FormField(name: "filter", style: .deepObject, explode: true),
                        ]
                        forge_request.body = try FormEncoding.encode(body, fields: forge_fields)
                        forge_request.setHeader("Content-Type", "application/x-www-form-urlencoded")
                """)
        Snippets.expect(
            files,
            contains: """
                        if let forge_value = body {
                            forge_request.body = try FormEncoding.encode(forge_value)
                """)
    }

    @Test func clientSendsFormBodies() throws {
        let files: [GeneratedFile] = try Pipeline.files(yaml: Self.document)
        let program: String = Self.imports + ProgramOutput.recordingTransport(status: 204) + Self.program
        let result: Toolchain.Result = try ProgramRunner.run(files, program: program)
        ProgramOutput.expect(result, lines: Self.expected)
    }

    static let expected: String = """
        POST /token application/x-www-form-urlencoded
        body: grant_type=password&username=ann%2B1%40example.com&scope=read,write%20all&audience=a&audience=b\
        &expires_at=2024-01-15T08%3A45%3A00.000Z&remember=false&filter%5Bteam%5D=core%20team&filter%5Blevel%5D=2
        POST /token application/x-www-form-urlencoded
        body: grant_type=refresh_token&username=bob
        POST /notes nil
        body: nil
        rejected before sending: true
        """

    static let document: String = """
        openapi: 3.0.3
        info: {title: Forms, version: '1'}
        servers: [{url: 'https://example.invalid'}]
        paths:
          /token:
            post:
              operationId: createToken
              requestBody:
                required: true
                content:
                  application/x-www-form-urlencoded:
                    schema: {$ref: '#/components/schemas/TokenRequest'}
                    encoding:
                      scope: {style: form, explode: false}
                      filter: {style: deepObject, explode: true}
              responses: {'204': {description: Done.}}
          /notes:
            post:
              operationId: addNote
              requestBody:
                content:
                  application/x-www-form-urlencoded:
                    schema: {type: object, required: [text], properties: {text: {type: string, maxLength: 5}}}
              responses: {'204': {description: Done.}}
        components:
          schemas:
            TokenRequest:
              type: object
              required: [grant_type, username]
              properties:
                grant_type: {type: string, enum: [password, refresh_token]}
                username: {type: string}
                scope: {type: array, items: {type: string}}
                audience: {type: array, items: {type: string}}
                expires_at: {type: string, format: date-time}
                remember: {type: boolean}
                filter: {type: object, properties: {team: {type: string}, level: {type: integer}}}
                note: {type: string, nullable: true}
        """

    static let imports: String = "import Foundation\nimport OpenAPIForgeRuntime\n\n"

    static let program: String = #"""
        let transport: RecordingTransport = RecordingTransport()
        let client: Client = Client(transport: transport)
        let expiry: Date = DateCoding.decodeDateTime("2024-01-15T09:45:00+01:00")!
        let full: TokenRequest = TokenRequest(
            grantType: .password, username: "ann+1@example.com", scope: ["read", "write all"], audience: ["a", "b"],
            expiresAt: expiry, remember: false, filter: TokenRequest.Filter(team: "core team", level: 2), note: nil)
        _ = try await client.createToken(body: full)
        _ = try await client.createToken(body: TokenRequest(grantType: .refreshToken, username: "bob"))
        _ = try await client.addNote()
        for request in transport.requests {
            let contentType: String = request.headers.value(named: "Content-Type") ?? "nil"
            print("\(request.method) \(request.path) \(contentType)")
            print("body: " + (request.body.map { String(decoding: $0, as: UTF8.self) } ?? "nil"))
        }
        do {
            _ = try await client.addNote(body: Operations.AddNote.RequestBody(text: "too long"))
        } catch {
            print("rejected before sending: \(transport.requests.count == 3)")
        }
        """#
}
