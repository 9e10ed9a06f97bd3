import ForgeSchemaModel
import Testing

@testable import ForgeEmitters

@Suite("FileBuckets")
struct FileBucketsTests {
    @Test(arguments: [(0, 1), (49, 1), (50, 8), (999, 8), (1000, 16)])
    func automaticCountFollowsDeclarationCount(declarations: Int, files: Int) {
        #expect(FileBuckets(split: .automatic, declarationCount: declarations).count == files)
    }

    @Test func fixedCountIsAtLeastOne() {
        #expect(FileBuckets(split: .files(0), declarationCount: 10).count == 1)
        #expect(FileBuckets(split: .files(5), declarationCount: 10).count == 5)
    }

    @Test func hashIsFnv1a() {
        #expect(FileBuckets.fnv1a("") == 0xcbf2_9ce4_8422_2325)
        #expect(FileBuckets.fnv1a("a") == 0xaf63_dc4c_8601_ec8c)
    }

    @Test func addingOneNameMovesNoOther() {
        let names: [String] = (0..<200).map { "Type\($0)" }
        let buckets: FileBuckets = FileBuckets(split: .files(8), declarationCount: names.count)
        let before: [[String]] = buckets.distribute(names) { $0 }
        let after: [[String]] = buckets.distribute(names + ["Extra"]) { $0 }
        let changed: [Int] = (0..<8).filter { before[$0] != after[$0] }
        #expect(changed == [buckets.bucket(of: "Extra")])
        #expect(before.allSatisfy { !$0.isEmpty })
    }

    @Test func emitterWritesEveryBucketFile() throws {
        let model: SchemaModel = SchemaModel(
            info: APIInfo(title: "T", version: "1"), servers: [],
            types: (0..<3).map {
                .typeAlias(
                    TypeAliasDeclaration(name: "A\($0)", qualifiedName: "A\($0)", origin: "", target: .builtin(.int)))
            },
            operations: [], securitySchemes: [], diagnostics: [])
        let options: EmitterOptions = EmitterOptions(outputs: [.models], documentPath: "api.yaml", fileSplit: .files(4))
        let paths: [String] = try SwiftEmitter(options: options).emit(model).map(\.path)
        #expect(
            paths == [
                "Models/Models_0.swift", "Models/Models_1.swift", "Models/Models_2.swift", "Models/Models_3.swift",
            ])
    }
}
