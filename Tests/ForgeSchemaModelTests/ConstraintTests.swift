import Testing

@testable import ForgeSchemaModel

struct ConstraintTests {
    private func thing(_ properties: String) throws -> (SchemaModel, StructDeclaration) {
        let schemas =
            "Thing:\n  type: object\n  properties:\n"
            + properties.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n")
        let model = try ModelFixture.model(yaml: ModelFixture.document(schemas: schemas))
        return (model, try #require(model.structure("Thing")))
    }

    @Test func boundBeyondInt64Dropped() throws {
        let (model, thing) = try thing("n: {type: integer, format: int64, minimum: 0, maximum: 9223372036854776000}")
        #expect(thing.property("n")?.constraints.maximum == nil)
        #expect(thing.property("n")?.constraints.minimum == NumericLimit(literal: "0"))
        let notes = model.diagnostics.filter {
            $0.severity == .note && $0.message.contains("at or above the highest Int64")
        }
        #expect(notes.count == 1)
    }

    @Test func integerBoundsAsIntegers() throws {
        let (_, thing) = try thing("n: {type: integer, minimum: 1.0, exclusiveMaximum: 10, multipleOf: 2.0}")
        let constraints = try #require(thing.property("n")?.constraints)
        #expect(constraints.minimum == NumericLimit(literal: "1"))
        #expect(constraints.maximum == NumericLimit(literal: "10", isExclusive: true))
        #expect(constraints.multipleOf == NumericLimit(literal: "2"))
    }

    @Test func fractionalBoundRoundedInward() throws {
        let (_, thing) = try thing("n: {type: integer, minimum: 0.5, maximum: 9.5}")
        #expect(thing.property("n")?.constraints.minimum == NumericLimit(literal: "1"))
        #expect(thing.property("n")?.constraints.maximum == NumericLimit(literal: "9"))
    }

    @Test func int32RangeChecked() throws {
        let (model, thing) = try thing("n: {type: integer, format: int32, maximum: 3000000000}")
        #expect(thing.property("n")?.constraints.maximum == nil)
        #expect(model.diagnostics.contains { $0.message.contains("highest Int32") })
    }

    @Test func patternLiteral() throws {
        let (_, thing) = try thing(#"code: {type: string, pattern: '^\d+"x"$', minLength: 1, maxLength: 9}"#)
        let constraints = try #require(thing.property("code")?.constraints)
        #expect(constraints.pattern?.pattern == #"^\d+"x"$"#)
        #expect(constraints.pattern?.swiftLiteral == #""^\\d+\"x\"$""#)
        #expect(constraints.pattern?.location?.line == 9)
        #expect(constraints.minLength == 1)
        #expect(constraints.maxLength == 9)
    }

    @Test func invalidPatternDropped() throws {
        let (model, thing) = try thing("code: {type: string, pattern: '(unclosed'}")
        #expect(thing.property("code")?.constraints.pattern == nil)
        let warnings = model.warnings(containing: "pattern '(unclosed' is not checked")
        #expect(warnings.first?.location?.line == 9)
        #expect(warnings.first?.message.contains("unbalanced parentheses near offset 9") == true)
    }

    @Test func unboundedLookbehindWarns() throws {
        let (model, thing) = try thing("code: {type: string, pattern: '(?<=a+)b'}")
        #expect(thing.property("code")?.constraints.pattern == nil)
        let warnings = model.warnings(containing: "pattern '(?<=a+)b' is not checked")
        #expect(warnings.first?.message.contains("a lookbehind of unbounded length") == true)
    }

    @Test func nestedValidation() throws {
        let yaml = ModelFixture.document(
            schemas: """
                Inner: {type: object, properties: {code: {type: string, maxLength: 3}}}
                Middle: {type: object, properties: {inner: {$ref: '#/components/schemas/Inner'}}}
                Outer:
                  type: object
                  properties:
                    middles: {type: array, items: {$ref: '#/components/schemas/Middle'}}
                    plain: {$ref: '#/components/schemas/Plain'}
                Plain: {type: object, properties: {name: {type: string}}}
                """)
        let model = try ModelFixture.model(yaml: yaml)
        #expect(model.structure("Middle")?.property("inner")?.constraints.validatesNestedType == true)
        let middles = try #require(model.structure("Outer")?.property("middles"))
        #expect(middles.constraints.elementConstraints.first?.validatesNestedType == true)
        #expect(model.structure("Outer")?.property("plain")?.constraints.isEmpty == true)
    }

    @Test func constLiteral() throws {
        let (_, thing) = try thing("kind: {type: string, const: tap}")
        #expect(thing.property("kind")?.constraints.constLiteral == #""tap""#)
    }

    @Test func defaults() throws {
        let (model, thing) = try thing(
            """
            size: {type: integer, default: 10.0}
            label: {type: string, default: "a\\"b"}
            state: {type: string, enum: [active, paused], default: paused}
            ratio: {type: number, default: 0.5}
            bad: {type: integer, default: nope}
            when: {type: string, format: date-time, default: '2024-01-01T00:00:00Z'}
            """)
        #expect(thing.property("size")?.defaultExpression == "10")
        #expect(thing.property("label")?.defaultExpression == #""a\"b""#)
        #expect(thing.property("state")?.defaultExpression == ".paused")
        #expect(thing.property("ratio")?.defaultExpression == "0.5")
        #expect(thing.property("bad")?.defaultExpression == nil)
        #expect(thing.property("when")?.defaultExpression == nil)
        #expect(thing.property("when")?.documentation.defaultValue == #""2024-01-01T00:00:00Z""#)
        #expect(model.warnings(containing: "default \"nope\" is not a valid Int").count == 1)
    }
}
