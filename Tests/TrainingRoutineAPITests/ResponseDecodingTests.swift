import ForgeTestSupport
import Foundation
import Testing
import TrainingRoutineAPI

@Suite("Response decoding")
struct ResponseDecodingTests {
    @Test("reference 201 body decodes field by field")
    func referenceBodyDecodes() async throws {
        let (server, client) = try makeServerAndClient { _ in jsonReply(201, referenceResponseBody) }
        defer { server.stop() }

        let response = try await client.createTrainingRoutine(xSessionToken: sessionToken, body: makeRequestBody())

        guard case .created(let routine) = response else {
            Issue.record("expected .created, got \(response)")
            return
        }
        #expect(routine.id == 1)
        #expect(routine.name == "Monthly Maintenance")
        #expect(routine.description == "This routine involves monthly maintenance checks for all equipment.")
        #expect(routine.type == 2)
        #expect(routine.autoCreateEnabled == true)
        #expect(routine.assignedCompanyContactId == 1)
        #expect(routine.assignedUserId == 1)
        #expect(routine.contractId == 1)
        #expect(routine.archivedAt == Date(timeIntervalSince1970: 1_733_056_496))
        #expect(routine.updatedAt == Date(timeIntervalSince1970: 1_733_410_583))
        #expect(routine.createdAt == Date(timeIntervalSince1970: 1_705_308_300))
    }

    @Test(
        "invalid 201 body names its JSON pointer",
        arguments: [
            ("createdAt", "\"2024-02-30T00:00:00Z\"", "/createdAt"),
            ("name", nil, "/name"),
            ("type", "\"two\"", "/type"),
        ] as [(String, String?, String)]
    )
    func invalidBodyNamesPointer(key: String, json: String?, pointer: String) async throws {
        let body = try referenceBody(replacing: key, with: json)
        let (server, client) = try makeServerAndClient { _ in jsonReply(201, body) }
        defer { server.stop() }

        await #expect {
            _ = try await client.createTrainingRoutine(xSessionToken: sessionToken, body: makeRequestBody())
        } throws: { error in
            guard case .invalidResponseBody(let statusCode, let errorPointer, _) = error as? ClientError else {
                return false
            }
            return statusCode == 201 && errorPointer == pointer
        }
    }

    @Test("undocumented status keeps code and body", arguments: [400, 500])
    func undocumentedStatus(status: Int) async throws {
        let body = Data(#"{"message":"failed"}"#.utf8)
        let (server, client) = try makeServerAndClient { _ in jsonReply(status, body) }
        defer { server.stop() }

        let response = try await client.createTrainingRoutine(xSessionToken: sessionToken, body: makeRequestBody())

        guard case .undocumented(let statusCode, let received) = response else {
            Issue.record("expected .undocumented, got \(response)")
            return
        }
        #expect(statusCode == status)
        #expect(received == body)
    }
}
