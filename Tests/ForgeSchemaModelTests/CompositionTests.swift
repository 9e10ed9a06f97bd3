import Testing

@testable import ForgeSchemaModel

struct CompositionTests {
    private func model(_ schemas: String, version: String = "3.1.0") throws -> SchemaModel {
        try ModelFixture.model(yaml: ModelFixture.document(schemas: schemas, version: version))
    }

    @Test func allOfMerges() throws {
        let model = try model(
            """
            Base:
              type: object
              required: [id]
              properties:
                id: {type: string}
                size: {type: integer}
            Dog:
              allOf:
                - $ref: '#/components/schemas/Base'
                - type: object
                  required: [bark]
                  properties:
                    bark: {type: boolean}
                    size: {type: string}
            """)
        let dog = try #require(model.structure("Dog"))
        #expect(dog.properties.map(\.jsonName) == ["id", "size", "bark"])
        #expect(dog.property("id")?.presence == .required)
        #expect(dog.property("bark")?.presence == .required)
        #expect(dog.property("size")?.type == .builtin(.string))
        let conflicts = model.warnings(containing: "property 'size' is defined again")
        #expect(conflicts.count == 1)
        #expect(conflicts.first?.location?.line == 19)
    }

    @Test func nullableAllOfReference() throws {
        let model = try model(
            """
            Ref: {type: object, properties: {id: {type: string}}}
            Holder:
              type: object
              required: [ref]
              properties:
                ref:
                  nullable: true
                  allOf: [{$ref: '#/components/schemas/Ref'}]
            """, version: "3.0.3")
        let ref = try #require(model.structure("Holder")?.property("ref"))
        #expect(ref.type == .named("Ref"))
        #expect(ref.presence == .requiredNullable)
    }

    @Test func oneOfWithNull() throws {
        let model = try model(
            """
            Ref: {type: object, properties: {id: {type: string}}}
            Holder:
              type: object
              properties:
                ref:
                  oneOf: [{$ref: '#/components/schemas/Ref'}, {type: 'null'}]
            """)
        let ref = try #require(model.structure("Holder")?.property("ref"))
        #expect(ref.type == .named("Ref"))
        #expect(ref.presence == .optionalNullable)
    }

    @Test func oneOfInlineCases() throws {
        let model = try model(
            """
            Value:
              oneOf:
                - {type: string}
                - {type: object, properties: {n: {type: integer}}}
            """)
        let value = try #require(model.oneOf("Value"))
        #expect(value.cases.map(\.swiftName) == ["case1", "case2"])
        #expect(value.cases.map(\.payload) == [.builtin(.string), .named("Value.Case2")])
        #expect(value.discriminatorProperty == nil)
    }

    @Test func discriminatorWithoutMapping() throws {
        let model = try model(
            """
            Cat: {type: object, properties: {petType: {type: string}}}
            Dog: {type: object, properties: {petType: {type: string}}}
            Pet:
              oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
              discriminator: {propertyName: petType}
            """)
        let pet = try #require(model.oneOf("Pet"))
        #expect(pet.cases.map(\.discriminatorValues) == [["Cat"], ["Dog"]])
        #expect(model.diagnostics.isEmpty)
    }

    @Test func anyOfStruct() throws {
        let model = try model(
            """
            Cat: {type: object, properties: {purrs: {type: boolean}}}
            Dog: {type: object, properties: {barks: {type: boolean}}}
            Pet:
              anyOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
            """)
        let pet = try #require(model.structure("Pet"))
        #expect(pet.isAnyOf)
        #expect(pet.coding == .custom)
        #expect(pet.properties.map(\.swiftName) == ["cat", "dog"])
        #expect(pet.properties.map(\.type) == [.named("Cat"), .named("Dog")])
        #expect(pet.properties.allSatisfy { $0.presence == .optional })
    }

    @Test func cycleBoxedOnce() throws {
        let model = try model(
            """
            A: {type: object, properties: {b: {$ref: '#/components/schemas/B'}}}
            B: {type: object, properties: {a: {$ref: '#/components/schemas/A'}, list: {type: array, items: {$ref: '#/components/schemas/B'}}}}
            """)
        #expect(model.structure("A")?.property("b")?.isBoxed == false)
        #expect(model.structure("B")?.property("a")?.isBoxed == true)
        #expect(model.structure("B")?.property("list")?.isBoxed == false)
    }

    @Test func oneOfCycleIndirect() throws {
        let model = try model(
            """
            Expr:
              oneOf:
                - {$ref: '#/components/schemas/Not'}
                - {type: string}
            Not: {type: object, required: [inner], properties: {inner: {$ref: '#/components/schemas/Expr'}}}
            """)
        #expect(model.oneOf("Expr")?.cases.map(\.isIndirect) == [false, false])
        #expect(model.structure("Not")?.property("inner")?.isBoxed == true)
    }
}
