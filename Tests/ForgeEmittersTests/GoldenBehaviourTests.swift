import Foundation
import Testing

/// Builds the golden client with the runtime into a program and checks what it does on the wire.
@Suite("Golden files run", .serialized)
struct GoldenBehaviourTests {
    @Test func trainingRoutineClientBehaves() throws {
        let folder: String = NSTemporaryDirectory() + "forge-emitters-run-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(Self.program.utf8).write(to: URL(fileURLWithPath: folder + "/main.swift"))

        let golden: String = GoldenFiles.folder("TrainingRoutine")
        let sources: [String] = try GoldenFiles.paths("TrainingRoutine").map { golden + "/" + $0 }
        var arguments: [String] = ["-swift-version", "6", "-I", try Toolchain.runtimeModuleFolder()]
        arguments += sources + [folder + "/main.swift"] + (try Toolchain.runtimeObjects())
        arguments += ["-o", folder + "/program"]
        let build: Toolchain.Result = try Toolchain.run("swiftc", arguments)
        try #require(build.status == 0, "\(build.output)")

        let run: Toolchain.Result = try Toolchain.run(folder + "/program", [])
        #expect(run.status == 0)
        #expect(run.output == Self.expected)
    }

    static let expected: String = """
        encoded: {"assignedCompanyContactId":null,"autoCreateEnabled":true,"contractId":null,"name":"Weekly","ruleIds":[1],"userIds":[2]}
        issues: /ruleIds minItems 1; /userIds/1 maximum 9007199254740991; /name maxLength 250
        rejected before sending: true, requests sent: 0
        request: POST /routines/v1/rs/training
        headers: x-session-token=s-1; Accept=application/json; Content-Type=application/json; Authorization=Bearer t-1
        created: 7 Weekly nil 2024-01-15T08:45:00.123Z
        undocumented: 500 oops
        invalid body: /createdAt
        response validation: /name maxLength 250

        """

    static let program: String = ##"""
        import Foundation
        import OpenAPIForgeRuntime

        final class RecordingTransport: ClientTransport, @unchecked Sendable {
            var requests: [HTTPRequest] = []
            var response: HTTPResponse = HTTPResponse(statusCode: 500)

            func send(_ request: HTTPRequest, baseURL: URL) async throws -> HTTPResponse {
                requests.append(request)
                return response
            }
        }

        func json(_ text: String) -> HTTPResponse {
            HTTPResponse(statusCode: 201, headers: [HTTPHeader(name: "Content-Type", value: "application/json")], body: Data(text.utf8))
        }

        let encoder: JSONEncoder = JSONCoding.makeEncoder()
        encoder.outputFormatting.insert(.sortedKeys)
        let valid: CreateTrainingRoutineRequest = CreateTrainingRoutineRequest(
            ruleIds: [1], userIds: [2], name: "Weekly", autoCreateEnabled: true, assignedCompanyContactId: nil,
            contractId: nil)
        print("encoded: " + String(decoding: try encoder.encode(valid), as: UTF8.self))

        let invalid: CreateTrainingRoutineRequest = CreateTrainingRoutineRequest(
            ruleIds: [], userIds: [1, 9007199254740992], name: String(repeating: "n", count: 251),
            autoCreateEnabled: false, assignedCompanyContactId: 3, contractId: nil, description: .null)
        print("issues: " + invalid.validationIssues.map { "\($0.pointer) \($0.keyword) \($0.limit)" }.joined(separator: "; "))

        let transport: RecordingTransport = RecordingTransport()
        let client: Client = Client(transport: transport, authentication: Client.Authentication(bearerAuth: "t-1"))
        do {
            _ = try await client.createTrainingRoutine(xSessionToken: "s-1", body: invalid)
        } catch ClientError.requestValidation {
            print("rejected before sending: true, requests sent: \(transport.requests.count)")
        }

        transport.response = json(#"{"id":7,"name":"Weekly","description":null,"type":1,"autoCreateEnabled":true,"assignedCompanyContactId":null,"assignedUserId":null,"contractId":null,"archivedAt":"2024-12-01T12:34:56Z","updatedAt":"2024-12-05T14:56:23.000Z","createdAt":"2024-01-15T08:45:00.123Z"}"#)
        let created = try await client.createTrainingRoutine(xSessionToken: "s-1", body: valid)
        let sent: HTTPRequest = transport.requests[0]
        print("request: \(sent.method) \(sent.path)")
        print("headers: " + sent.headers.map { "\($0.name)=\($0.value)" }.joined(separator: "; "))
        if case .created(let routine) = created {
            print("created: \(routine.id) \(routine.name) \(routine.description ?? "nil") \(DateCoding.encodeDateTime(routine.createdAt))")
        }

        transport.response = HTTPResponse(statusCode: 500, body: Data("oops".utf8))
        if case .undocumented(let status, let body) = try await client.createTrainingRoutine(xSessionToken: "s-1", body: valid) {
            print("undocumented: \(status) \(String(decoding: body, as: UTF8.self))")
        }

        transport.response = json(#"{"id":7,"name":"W","description":null,"type":1,"autoCreateEnabled":true,"assignedCompanyContactId":null,"assignedUserId":null,"contractId":null,"archivedAt":"2024-12-01T12:34:56Z","updatedAt":"2024-12-05T14:56:23Z","createdAt":"yesterday"}"#)
        do {
            _ = try await client.createTrainingRoutine(xSessionToken: "s-1", body: valid)
        } catch ClientError.invalidResponseBody(_, let pointer, _) {
            print("invalid body: \(pointer)")
        }

        let longName: String = String(repeating: "n", count: 251)
        transport.response = json(#"{"id":7,"name":"\#(longName)","description":null,"type":1,"autoCreateEnabled":true,"assignedCompanyContactId":null,"assignedUserId":null,"contractId":null,"archivedAt":"2024-12-01T12:34:56Z","updatedAt":"2024-12-05T14:56:23Z","createdAt":"2024-01-15T08:45:00Z"}"#)
        do {
            _ = try await client.createTrainingRoutine(xSessionToken: "s-1", body: valid)
        } catch ClientError.responseValidation(let error) {
            print("response validation: " + error.issues.map { "\($0.pointer) \($0.keyword) \($0.limit)" }.joined(separator: "; "))
        }
        """##
}
