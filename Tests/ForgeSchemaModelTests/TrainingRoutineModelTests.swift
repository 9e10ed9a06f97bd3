import Testing

@testable import ForgeSchemaModel

struct TrainingRoutineModelTests {
    private func model() throws -> SchemaModel {
        try ModelFixture.model(
            path: ModelFixture.repository.appendingPathComponent("openapi/training-routine.yaml").path)
    }

    @Test func requestPresence() throws {
        let request = try #require(try model().structure("CreateTrainingRoutineRequest"))
        #expect(request.property("assignedCompanyContactId")?.presence == .requiredNullable)
        #expect(request.property("contractId")?.presence == .requiredNullable)
        #expect(request.property("description")?.presence == .optionalNullable)
        #expect(request.property("name")?.presence == .required)
        #expect(request.coding == .custom)
    }

    @Test func idRangesKept() throws {
        let request = try #require(try model().structure("CreateTrainingRoutineRequest"))
        let contract = try #require(request.property("contractId"))
        #expect(contract.type == .builtin(.int))
        #expect(contract.constraints.minimum == NumericLimit(literal: "-9007199254740991"))
        #expect(contract.constraints.maximum == NumericLimit(literal: "9007199254740991"))
    }

    @Test func arraysOfIds() throws {
        let request = try #require(try model().structure("CreateTrainingRoutineRequest"))
        for name in ["ruleIds", "userIds"] {
            let ids = try #require(request.property(name))
            #expect(ids.type == .array(.builtin(.int)))
            #expect(ids.constraints.minItems == 1)
            let element = try #require(ids.constraints.elementConstraints.first)
            #expect(element.minimum?.literal == "-9007199254740991")
            #expect(element.maximum?.literal == "9007199254740991")
        }
    }

    @Test func routineTypes() throws {
        let routine = try #require(try model().structure("TrainingRoutine"))
        #expect(routine.property("type")?.type == .builtin(.double))
        #expect(routine.property("type")?.swiftName == "type")
        #expect(routine.property("id")?.constraints.maximum?.literal == "9007199254740991")
        for name in ["archivedAt", "updatedAt", "createdAt"] {
            let date = try #require(routine.property(name))
            #expect(date.type == .builtin(.date))
            #expect(date.constraints.pattern?.pattern.hasPrefix("^(?:(?:\\d\\d[2468]") == true)
            #expect(date.constraints.pattern?.location != nil)
        }
    }

    @Test func operationShape() throws {
        let model = try model()
        let operation = try #require(model.operation("createTrainingRoutine"))
        #expect(operation.typeName == "CreateTrainingRoutine")
        #expect(operation.httpMethod == "POST")
        #expect(operation.parameters.map(\.name) == ["x-session-token"])
        #expect(operation.parameters.first?.swiftName == "xSessionToken")
        #expect(operation.parameters.first?.isRequired == true)
        #expect(operation.parameters.first?.location == .header)
        #expect(operation.requestBody?.contents.first?.type == .named("CreateTrainingRoutineRequest"))
        #expect(operation.responses.first?.caseName == "created")
        #expect(operation.responses.first?.contents.first?.type == .named("TrainingRoutine"))
        #expect(operation.security == [SecurityRequirementModel(schemes: ["bearerAuth"], scopes: ["bearerAuth": []])])
        #expect(operation.acceptedContentTypes == ["application/json"])
    }

    @Test func contentTypeHeaderIgnored() throws {
        let model = try model()
        let warnings = model.warnings(containing: "header parameter 'content-type' is ignored")
        #expect(warnings.count == 1)
        #expect(warnings.first?.location?.line == 20)
    }

    @Test func bearerScheme() throws {
        let schemes = try model().securitySchemes
        #expect(schemes.map(\.kind) == [.bearer])
        #expect(schemes.map(\.name) == ["bearerAuth"])
    }
}
