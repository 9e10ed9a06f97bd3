import Testing

@testable import ForgeSchemaModel

/// Schemas that only wrap each other cannot be Swift type aliases of each other.
struct AliasCycleTests {
    /// Aliases that refer back to themselves become `JSONValue` where they do, so the Swift compiles.
    @Test func aliasCyclesBroken() throws {
        let model = try ModelFixture.model(
            yaml: ModelFixture.document(
                schemas: """
                    List: {type: array, items: {$ref: '#/components/schemas/List'}}
                    Map: {type: object, additionalProperties: {$ref: '#/components/schemas/Map'}}
                    First: {allOf: [{$ref: '#/components/schemas/Second'}]}
                    Second: {allOf: [{$ref: '#/components/schemas/First'}]}
                    """))
        var targets: [String: TypeUsage] = [:]
        for case .typeAlias(let alias) in model.types {
            targets[alias.name] = alias.target
        }
        #expect(targets["List"] == .array(.builtin(.jsonValue)))
        #expect(targets["Map"] == .dictionary(.builtin(.jsonValue)))
        #expect(targets["First"] == .builtin(.jsonValue))
        #expect(targets["Second"] == .named("First"))
        #expect(model.warnings(containing: "only refers back to itself").count == 3)
    }
}
