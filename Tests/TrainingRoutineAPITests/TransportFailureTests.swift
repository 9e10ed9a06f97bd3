import ForgeTestSupport
import Foundation
import Testing
import TrainingRoutineAPI

@Suite("Transport failures")
struct TransportFailureTests {
    @Test("closed connection is a typed error")
    func closedConnection() async throws {
        let (server, client) = try makeServerAndClient { _ in .closeWithoutReply }
        defer { server.stop() }

        await #expect {
            _ = try await client.createTrainingRoutine(xSessionToken: sessionToken, body: makeRequestBody())
        } throws: { error in
            guard case .connectionClosed = error as? ClientError else {
                return false
            }
            return true
        }
    }

    @Test("silent server times out")
    func silentServerTimesOut() async throws {
        let (server, client) = try makeServerAndClient(timeout: 1) { _ in .stall(seconds: 30) }
        defer { server.stop() }

        await #expect {
            _ = try await client.createTrainingRoutine(xSessionToken: sessionToken, body: makeRequestBody())
        } throws: { error in
            guard case .timedOut = error as? ClientError else {
                return false
            }
            return true
        }
    }

    @Test("invalid JSON is a typed error")
    func invalidJSON() async throws {
        let (server, client) = try makeServerAndClient { _ in jsonReply(201, Data("{\"id\": 1,".utf8)) }
        defer { server.stop() }

        await #expect {
            _ = try await client.createTrainingRoutine(xSessionToken: sessionToken, body: makeRequestBody())
        } throws: { error in
            guard case .undecodableBody(let statusCode, _, _) = error as? ClientError else {
                return false
            }
            return statusCode == 201
        }
    }
}
