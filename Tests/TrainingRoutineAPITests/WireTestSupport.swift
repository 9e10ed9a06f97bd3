import ForgeTestSupport
import Foundation
import TrainingRoutineAPI

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The 201 body from the API's reference page.
let referenceResponseBody = Data(
    """
    {
      "id": 1,
      "name": "Monthly Maintenance",
      "description": "This routine involves monthly maintenance checks for all equipment.",
      "type": 2,
      "autoCreateEnabled": true,
      "assignedCompanyContactId": 1,
      "assignedUserId": 1,
      "contractId": 1,
      "archivedAt": "2024-12-01T12:34:56.000Z",
      "updatedAt": "2024-12-05T14:56:23.000Z",
      "createdAt": "2024-01-15T08:45:00.000Z"
    }
    """.utf8)

let sessionToken = "session-token-1"
let bearerToken = "bearer-token-1"

/// A valid request body with both required-nullable ids left nil.
func makeRequestBody() -> CreateTrainingRoutineRequest {
    CreateTrainingRoutineRequest(
        ruleIds: [1, 2, 3],
        userIds: [4],
        name: "Monthly Maintenance",
        autoCreateEnabled: true,
        assignedCompanyContactId: nil,
        contractId: nil
    )
}

/// A loopback server answering every request with `reply`, and a client pointed at `/main` on it.
func makeServerAndClient(
    timeout: TimeInterval = 10,
    reply: @escaping @Sendable (LoopbackHTTPServer.Request) -> LoopbackHTTPServer.Reply
) throws -> (LoopbackHTTPServer, Client) {
    let server = try LoopbackHTTPServer(handler: reply)
    let configuration = URLSessionConfiguration.ephemeral
    configuration.timeoutIntervalForRequest = timeout
    let transport = URLSessionTransport(session: URLSession(configuration: configuration))
    let client = Client(
        baseURL: server.baseURL.appendingPathComponent("main"),
        transport: transport,
        authentication: Client.Authentication(bearerAuth: bearerToken)
    )
    return (server, client)
}

/// A reply with status `status` and a JSON body.
func jsonReply(_ status: Int, _ body: Data) -> LoopbackHTTPServer.Reply {
    .respond(status: status, headers: [(name: "Content-Type", value: "application/json")], body: body)
}

/// The reference body with one top-level property replaced by raw JSON text, or removed when `json` is nil.
func referenceBody(replacing key: String, with json: String?) throws -> Data {
    var object = try JSONSerialization.jsonObject(with: referenceResponseBody) as! [String: Any]
    if let json {
        object[key] = try JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed)
    } else {
        object.removeValue(forKey: key)
    }
    return try JSONSerialization.data(withJSONObject: object)
}
