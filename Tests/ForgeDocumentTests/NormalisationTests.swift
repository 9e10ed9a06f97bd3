import ForgeDocument
import Testing

/// OpenAPI 3.0 schemas read into the 3.1 shape.
struct NormalisationTests {
    static let document30 = """
        openapi: 3.0.3
        info: {title: Normalisation, version: "1"}
        paths: {}
        components:
          schemas:
            Name: {type: string, nullable: true, example: Ann}
            Holder:
              nullable: true
              allOf:
                - $ref: '#/components/schemas/Name'
            Ratio: {type: number, minimum: 0, maximum: 1, exclusiveMaximum: true, exclusiveMinimum: false}
            Plain: {type: integer, nullable: false}
        """

    @Test func nullableType() throws {
        let name = try #require(try document(Self.document30).componentSchema("Name"))
        #expect(name.types == [.string, .null])
        #expect(name.allowsNull)
        #expect(!name.isNullable)
    }

    @Test func nullableWithoutType() throws {
        let holder = try #require(try document(Self.document30).componentSchema("Holder"))
        #expect(holder.types == nil)
        #expect(holder.isNullable)
        #expect(holder.allowsNull)
        #expect(holder.allOf?.first?.reference?.target.pointer == "/components/schemas/Name")
    }

    @Test func notNullable() throws {
        let plain = try #require(try document(Self.document30).componentSchema("Plain"))
        #expect(plain.types == [.integer])
        #expect(!plain.allowsNull)
    }

    @Test func exclusiveBounds() throws {
        let ratio = try #require(try document(Self.document30).componentSchema("Ratio"))
        #expect(ratio.maximum == nil)
        #expect(ratio.exclusiveMaximum?.value == 1)
        #expect(ratio.exclusiveMaximum?.location.line == 11)
        #expect(ratio.minimum?.value == 0)
        #expect(ratio.exclusiveMinimum == nil)
    }

    @Test func exampleBecomesExamples() throws {
        let name = try #require(try document(Self.document30).componentSchema("Name"))
        #expect(name.examples.map(\.text) == ["Ann"])
    }

    @Test func shape31() throws {
        let document = try document(
            """
            openapi: 3.1.0
            info: {title: Shape, version: "1"}
            components:
              schemas:
                Name: {type: [string, 'null'], examples: [Ann, Bo], exclusiveMinimum: 0}
            """)
        let name = try #require(document.componentSchema("Name"))
        #expect(name.types == [.string, .null])
        #expect(name.examples.map(\.text) == ["Ann", "Bo"])
        #expect(name.exclusiveMinimum?.value == 0)
    }

    @Test func booleanExclusiveIn31() throws {
        let result = try read(
            """
            openapi: 3.1.0
            info: {title: Shape, version: "1"}
            components:
              schemas:
                Ratio: {type: number, maximum: 1, exclusiveMaximum: true}
            """)
        let ratio = try #require(result.document?.componentSchema("Ratio"))
        #expect(ratio.exclusiveMaximum?.value == 1)
        #expect(ratio.maximum == nil)
        #expect(result.warnings.first?.message.contains("boolean 'exclusiveMaximum'") == true)
    }

    @Test func largeNumbers() throws {
        let document = try document(
            """
            openapi: 3.0.0
            info: {title: Numbers, version: "1"}
            paths: {}
            components:
              schemas:
                Big: {type: integer, minimum: 1.0, maximum: 18446744073709552000}
                Max: {type: integer, format: int64, maximum: 9223372036854776000}
            """)
        let big = try #require(document.componentSchema("Big"))
        #expect(big.maximum?.text == "18446744073709552000")
        #expect(big.maximum?.value == 18_446_744_073_709_551_616)
        #expect(big.maximum?.integerValue == nil)
        #expect(big.maximum?.isIntegral == true)
        #expect(big.minimum?.integerValue == 1)
        #expect(big.minimum?.text == "1.0")
        let max = try #require(document.componentSchema("Max"))
        #expect(max.maximum?.value == 9_223_372_036_854_775_808)
    }
}
