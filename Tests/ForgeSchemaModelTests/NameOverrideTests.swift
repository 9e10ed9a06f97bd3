import Testing

@testable import ForgeSchemaModel

/// `nameOverrides` that cannot take effect as written are reported.
struct NameOverrideTests {
    private let schemas = """
        Pet: {type: object, properties: {name: {type: string}}}
        Status: {type: string, enum: [active]}
        """

    @Test func takenNameWarns() throws {
        let options = SchemaModelOptions(nameOverrides: ["Pet": "Status"])
        let model = try ModelFixture.model(yaml: ModelFixture.document(schemas: schemas), options: options)
        let warnings = model.warnings(containing: "nameOverrides names this schema 'Status'")
        #expect(warnings.count == 1)
        #expect(warnings.first?.location?.line != nil)
        #expect(model.enumeration("Status") != nil)
    }

    @Test func unknownKeyWarnsWithSuggestion() throws {
        let options = SchemaModelOptions(nameOverrides: ["Pets": "Animal"])
        let model = try ModelFixture.model(yaml: ModelFixture.document(schemas: schemas), options: options)
        let warnings = model.warnings(containing: "nameOverrides key 'Pets' names no schema of the document")
        #expect(warnings.count == 1)
        #expect(warnings.first?.message.hasSuffix("did you mean 'Pet'?") == true)
    }

    @Test func matchingOverrideIsQuiet() throws {
        let options = SchemaModelOptions(nameOverrides: ["Pet": "Animal"])
        let model = try ModelFixture.model(yaml: ModelFixture.document(schemas: schemas), options: options)
        #expect(model.structure("Animal") != nil)
        #expect(model.warnings(containing: "nameOverrides").isEmpty)
    }
}
