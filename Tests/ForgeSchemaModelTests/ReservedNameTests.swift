import Foundation
import Testing

@testable import ForgeSchemaModel

/// Type names that generated code writes unqualified must never be taken by a schema.
@Suite struct ReservedNameTests {
    /// Every public type the runtime declares, read from its sources.
    private static func runtimeTypeNames() throws -> Set<String> {
        let folder = ModelFixture.repository.appendingPathComponent("Sources/OpenAPIForgeRuntime")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
        let declaration = /public\s+(?:final\s+)?(?:struct|enum|protocol|class|actor|typealias)\s+(\w+)/
        var names: Set<String> = []
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for match in text.matches(of: declaration) {
                names.insert(String(match.output.1))
            }
        }
        return names
    }

    @Test func runtimeTypesReserved() throws {
        let names = try Self.runtimeTypeNames()
        #expect(names.contains("ClientError"))
        #expect(names.subtracting(SwiftNaming.reservedTypeNames).sorted() == [])
    }

    @Test(arguments: [
        "Client", "DecodingError", "EncodingError", "JSONDecoder", "JSONEncoder", "KeyedDecodingContainer",
        "KeyedEncodingContainer", "UTF8",
    ])
    func generatedCodeTypesReserved(name: String) {
        #expect(SwiftNaming.typeName(name) == name + "_")
    }

    @Test func schemaNamedClientError() throws {
        let model = try ModelFixture.model(
            yaml: ModelFixture.document(schemas: "ClientError:\n  type: object\n  properties: {code: {type: string}}"))
        #expect(model.structure("ClientError_") != nil)
        #expect(model.structure("ClientError") == nil)
    }
}
