import Testing

@testable import ForgeSchemaModel

struct TypeMappingTests {
    private func thing(_ properties: String, options: SchemaModelOptions = .init()) throws -> (
        SchemaModel, StructDeclaration
    ) {
        let schemas =
            "Thing:\n  type: object\n  properties:\n"
            + properties.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n")
        let model = try ModelFixture.model(yaml: ModelFixture.document(schemas: schemas), options: options)
        return (model, try #require(model.structure("Thing")))
    }

    @Test(arguments: [
        ("{type: integer, format: int32}", TypeUsage.builtin(.int32)),
        ("{type: integer, format: int64}", .builtin(.int64)),
        ("{type: integer}", .builtin(.int)),
        ("{type: number, format: float}", .builtin(.float)),
        ("{type: number}", .builtin(.double)),
        ("{type: boolean}", .builtin(.bool)),
        ("{type: string, format: date-time}", .builtin(.date)),
        ("{type: string, format: date}", .builtin(.dateOnly)),
        ("{type: string, format: uuid}", .builtin(.uuid)),
        ("{type: string, format: uri}", .builtin(.url)),
        ("{type: string, format: byte}", .builtin(.base64Data)),
        ("{type: string, format: binary}", .builtin(.data)),
        ("{type: string, format: hostname}", .builtin(.string)),
        ("{}", .builtin(.jsonValue)),
        ("{type: object}", .dictionary(.builtin(.jsonValue))),
        ("{type: object, additionalProperties: {type: integer}}", .dictionary(.builtin(.int))),
        ("{type: array, items: {type: [string, 'null']}}", .array(.optional(.builtin(.string)))),
    ])
    func scalar(schema: String, expected: TypeUsage) throws {
        let (_, thing) = try thing("value: \(schema)")
        #expect(thing.property("value")?.type == expected)
    }

    @Test func oversizedIntegerEnumWarns() throws {
        let (model, thing) = try thing("value: {type: integer, enum: [1, 18446744073709551615]}")
        #expect(thing.property("value")?.type == .builtin(.double))
        let warnings = model.warnings(containing: "enum value 18446744073709551615 does not fit in a 64-bit Int")
        #expect(warnings.count == 1)
        #expect(warnings.first?.location?.column == 42)
        #expect(model.types.count == 1)
    }

    @Test func severalTypesWarn() throws {
        let (model, thing) = try thing("value: {type: [string, integer]}")
        #expect(thing.property("value")?.type == .builtin(.jsonValue))
        #expect(model.warnings(containing: "several types (string, integer)").count == 1)
    }

    @Test func nullableFromTypeList() throws {
        let (_, thing) = try thing("value: {type: [string, 'null']}")
        #expect(thing.property("value")?.presence == .optionalNullable)
        #expect(thing.property("value")?.type == .builtin(.string))
    }

    @Test func formatOverride() throws {
        let (_, thing) = try thing(
            "value: {type: string, format: uuid}", options: .init(typeOverrides: ["uuid": "String"]))
        #expect(thing.property("value")?.type == .builtin(.string))
    }

    @Test func componentOverrides() throws {
        let yaml = ModelFixture.document(
            schemas: """
                Money: {type: string}
                Pet:
                  type: object
                  properties:
                    price: {$ref: '#/components/schemas/Money'}
                """)
        let options = SchemaModelOptions(
            nameOverrides: ["Pet": "Animal"], typeOverrides: ["Money": "Foundation.Decimal"])
        let model = try ModelFixture.model(yaml: yaml, options: options)
        #expect(model.types.map(\.name) == ["Animal"])
        #expect(model.structure("Animal")?.property("price")?.type == .named("Foundation.Decimal"))
    }

    @Test func inlineNesting() throws {
        let (model, thing) = try thing(
            """
            status: {type: string, enum: [active, paused]}
            tags:
              type: array
              items: {type: object, properties: {label: {type: string}}}
            """)
        #expect(thing.property("status")?.type == .named("Thing.Status"))
        #expect(thing.property("tags")?.type == .array(.named("Thing.TagsItem")))
        #expect(model.structure("Thing.TagsItem")?.property("label")?.type == .builtin(.string))
    }

    @Test func integerEnumCases() throws {
        let (model, _) = try thing("level: {type: integer, enum: [1, 2.0, -1]}")
        let level = try #require(model.enumeration("Thing.Level"))
        #expect(level.rawType == .int)
        #expect(level.cases.map(\.swiftName) == ["_1", "_2", "_minus1"])
        #expect(level.cases.map(\.rawValueLiteral) == ["1", "2", "-1"])
    }

    @Test func aliasItemsTopLevel() throws {
        let schemas = "Pets:\n  type: array\n  items: {type: object, properties: {name: {type: string}}}"
        let model = try ModelFixture.model(yaml: ModelFixture.document(schemas: schemas))
        #expect(model.types.map(\.name) == ["Pets", "PetsItem"])
        #expect(model.structure("PetsItem")?.property("name")?.type == .builtin(.string))
    }

    @Test func patternPropertiesWarn() throws {
        let schemas = "Thing:\n  type: object\n  patternProperties:\n    '^x-': {type: string}"
        let model = try ModelFixture.model(yaml: ModelFixture.document(schemas: schemas))
        #expect(model.warnings(containing: "patternProperties are not modelled").first?.location?.line == 9)
    }

    @Test func unknownCaseAvoidsValue() throws {
        let (model, _) = try thing("state: {type: string, enum: [unknown, known]}")
        #expect(model.enumeration("Thing.State")?.unknownCaseName == "undocumented")
    }
}
