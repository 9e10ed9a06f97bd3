import Testing

@testable import ForgeSchemaModel

/// Struct properties whose targets expand into many fields by value are boxed.
struct NestingTests {
    /// Schemas `Level0` … `Level{depth}`, each with `width` string fields and the next level as `next`.
    private func chain(depth: Int, width: Int) -> String {
        (0...depth).map { level in
            let fields = (0..<width).map { "f\($0): {type: string}" }
            let next = level < depth ? ["next: {$ref: '#/components/schemas/Level\(level + 1)'}"] : []
            return "Level\(level): {type: object, properties: {\((fields + next).joined(separator: ", "))}}"
        }.joined(separator: "\n")
    }

    @Test func deepChainBoxed() throws {
        let model = try ModelFixture.model(yaml: ModelFixture.document(schemas: chain(depth: 6, width: 5)))
        let boxed = (0..<6).map { model.structure("Level\($0)")?.property("next")?.isBoxed }
        #expect(boxed == [true, false, true, false, true, false])
    }

    @Test func shallowChainByValue() throws {
        let model = try ModelFixture.model(yaml: ModelFixture.document(schemas: chain(depth: 2, width: 3)))
        let boxed = (0..<2).map { model.structure("Level\($0)")?.property("next")?.isBoxed }
        #expect(boxed == [false, false])
    }

    @Test func wideTargetBoxed() throws {
        let model = try ModelFixture.model(yaml: ModelFixture.document(schemas: chain(depth: 1, width: 30)))
        #expect(model.structure("Level0")?.property("next")?.isBoxed == true)
    }

    /// Inline objects nested deeper than the compiler handles quickly become `JSONValue`, with a warning.
    @Test func deepInlineNestingStops() throws {
        var schema = "{type: string}"
        for _ in 0..<20 {
            schema = "{type: object, properties: {a: \(schema)}}"
        }
        let model = try ModelFixture.model(yaml: ModelFixture.document(schemas: "Deep: \(schema)"))
        let warnings = model.warnings(containing: "would be a type nested 13 levels deep")
        #expect(warnings.count == 1)
        var qualifiedName = "Deep"
        var depth = 1
        while let nested = model.structure(qualifiedName)?.property("a"), case .named(let name) = nested.type {
            qualifiedName = name
            depth += 1
        }
        #expect(depth == 12)
        #expect(model.structure(qualifiedName)?.property("a")?.type == .builtin(.jsonValue))
    }
}
