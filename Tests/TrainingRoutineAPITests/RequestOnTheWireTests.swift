import ForgeTestSupport
import Foundation
import Testing
import TrainingRoutineAPI

@Suite("Request on the wire")
struct RequestOnTheWireTests {
    @Test("request line, headers and body")
    func requestArrivesAsDocumented() async throws {
        let (server, client) = try makeServerAndClient { _ in jsonReply(201, referenceResponseBody) }
        defer { server.stop() }

        _ = try await client.createTrainingRoutine(xSessionToken: sessionToken, body: makeRequestBody())

        let requests = server.receivedRequests
        try #require(requests.count == 1)
        let request = requests[0]
        #expect(request.method == "POST")
        #expect(request.target == "/main/routines/v1/rs/training")
        #expect(request.header("Authorization") == "Bearer \(bearerToken)")
        #expect(request.header("x-session-token") == sessionToken)
        #expect(request.header("Content-Type") == "application/json")
        #expect(request.header("Accept") == "application/json")
    }

    @Test("nil required-nullable ids are sent as null")
    func nilIdsAreExplicitNull() async throws {
        let (server, client) = try makeServerAndClient { _ in jsonReply(201, referenceResponseBody) }
        defer { server.stop() }

        _ = try await client.createTrainingRoutine(xSessionToken: sessionToken, body: makeRequestBody())

        let body = try #require(server.receivedRequests.first?.body)
        let object = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        #expect(object.keys.contains("assignedCompanyContactId"))
        #expect(object.keys.contains("contractId"))
        #expect(object["assignedCompanyContactId"] is NSNull)
        #expect(object["contractId"] is NSNull)
        #expect(!object.keys.contains("description"))
        #expect(object["name"] as? String == "Monthly Maintenance")
        #expect(object["ruleIds"] as? [Int] == [1, 2, 3])
    }

    @Test("invalid request is rejected before sending")
    func invalidRequestIsNotSent() async throws {
        let (server, client) = try makeServerAndClient { _ in jsonReply(201, referenceResponseBody) }
        defer { server.stop() }
        var body = makeRequestBody()
        body.ruleIds = []
        body.name = String(repeating: "n", count: 251)
        body.userIds = [9_007_199_254_740_992]

        await #expect {
            _ = try await client.createTrainingRoutine(xSessionToken: sessionToken, body: body)
        } throws: { error in
            guard case .requestValidation(let validation) = error as? ClientError else {
                return false
            }
            let pointers = validation.issues.map(\.pointer)
            let keywords = validation.issues.map(\.keyword)
            return validation.issues.count == 3
                && pointers.contains("/ruleIds") && keywords.contains("minItems")
                && pointers.contains("/name") && keywords.contains("maxLength")
                && pointers.contains("/userIds/0") && keywords.contains("maximum")
        }
        #expect(server.receivedRequests.isEmpty)
    }
}
