// Creates one training routine with the generated client.
//
// Usage: swift run TrainingRoutineDemo BASE_URL BEARER_TOKEN SESSION_TOKEN
import Foundation
import TrainingRoutineClient

let arguments = CommandLine.arguments
guard arguments.count == 4, let baseURL = URL(string: arguments[1]) else {
    print("usage: TrainingRoutineDemo BASE_URL BEARER_TOKEN SESSION_TOKEN")
    exit(2)
}

let client = Client(baseURL: baseURL, authentication: Client.Authentication(bearerAuth: arguments[2]))
let request = CreateTrainingRoutineRequest(
    ruleIds: [1, 2, 3],
    userIds: [1],
    name: "Monthly Maintenance",
    autoCreateEnabled: true,
    assignedCompanyContactId: nil,
    contractId: nil,
    description: .value("This routine involves monthly maintenance checks for all equipment.")
)

do {
    switch try await client.createTrainingRoutine(xSessionToken: arguments[3], body: request) {
    case .created(let routine):
        print("created routine \(routine.id) at \(routine.createdAt)")
    case .undocumented(let statusCode, let body):
        print("server answered \(statusCode): \(String(decoding: body, as: UTF8.self))")
        exit(1)
    }
} catch {
    print("request failed: \(error)")
    exit(1)
}
